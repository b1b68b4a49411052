package extract

import "testing"

// TestPronounVorfeldDE checks that a subject pronoun before the verb, at
// the start or after a coordinating conjunction, is the speaker, and the
// pronoun after the verb (its object) is not.
func TestPronounVorfeldDE(t *testing.T) {
	const before = "Ministerin Eva Roth traf am Montag den Bürgermeister Jan Wendt. "
	checkLast(t, "de", map[string]string{
		before + "Er forderte sie auf, die Schulen zu öffnen.":                                  "Jan Wendt",
		before + "Sie forderte ihn auf, die Schulen zu öffnen.":                                 "Eva Roth",
		before + "Im Mai hatte Wendt die Gebühren erhöht, doch er forderte sie auf, zu sparen.": "Jan Wendt",
		before + "Dann forderte sie ihn auf, zu sparen.":                                        "Eva Roth",
	})
	for _, c := range []struct {
		text string
		v    int
		want bool
	}{{"er forderte sie auf", 1, true}, {"doch er forderte", 2, true}, {"weil er forderte", 2, false}, {"dann forderte er", 1, false}} {
		var z tokenizer
		toks := z.tokenize(c.text, lexDE)
		if got := pronounVorfeldDE(toks, c.v, 0); got != c.want {
			t.Errorf("pronounVorfeldDE(%q, %d) = %v, want %v", c.text, c.v, got, c.want)
		}
	}
}
