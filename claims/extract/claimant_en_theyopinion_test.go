package extract

import "testing"

// TestTheyOpinionEN checks "they" with a verb of belief after an unnamed
// group's claim: the group holds the belief; "they" with an aside comma
// after the verb states none.
func TestTheyOpinionEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Harbor officials say the pier is safe. But they worry that the tolls will deter visitors.": "Harbor officials",
		"Harbor officials say the pier is safe. But they worry, of course, about the costs.":        "",
	})
}
