package extract

import "testing"

// TestEpithetOfEN checks an epithet with a complement of place or body
// before the verb of saying: the person with that role, else the person
// in view, never the place; a subject without "the" or in the middle of
// a clause is left to the other rules.
func TestEpithetOfEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Sen. Dora Vance toured the pier. The senator from Norland said the bridge was a mistake.":    "Dora Vance",
		"“We lost,” Dora Vance said. But, the former chief of Harbor Air added, the ferry will stay.": "Dora Vance",
		"“We lost,” Dora Vance said. Ruth Okafor of Harbor Air said the ferry will stay.":             "Ruth Okafor",
	})
}
