package extract

import "testing"

// TestPluralBeforeBeEN checks that a verb of saying in "-s" before "are"
// or "were" is a plural noun and names no speaker, while the verb before
// a clause keeps its subject.
func TestPluralBeforeBeEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Continuing claims are at 1.4 million, up 9 percent from a year ago.": "",
		"Weekly reports were late twice this spring.":                         "",
		"Tomas Ekberg claims the ferry fares rose by a third.":                "Tomas Ekberg",
		"The council closed two piers that Tomas Ekberg says are unsafe.":     "Tomas Ekberg",
	})
}
