package extract

import "testing"

// TestNounUseEN checks that a verb of saying written after an article or
// a possessive is read as a noun: it names no speaker, and the verb of
// saying that follows does.
func TestNounUseEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Ruth Okafor spoke on Monday. Tom Reyes's remarks were unfair, Ms. Okafor said.": "Ruth Okafor",
		"Ruth Okafor spoke on Monday. Despite his claims, the pier is safe.":             "",
		"Ruth Okafor spoke on Monday. Tom Reyes claims the pier is safe.":                "Tom Reyes",
	})
	for _, c := range []struct {
		text string
		v    int
		want bool
	}{{"Lee's remarks were unfair", 1, true}, {"the reports say", 1, true}, {"Lee remarks that", 1, false}, {"their claims", 1, true}} {
		var z tokenizer
		if got := nounUseEN(z.tokenize(c.text, lexEN), c.v); got != c.want {
			t.Errorf("nounUseEN(%q, %d) = %v, want %v", c.text, c.v, got, c.want)
		}
	}
}

// TestClaimsOfNounEN checks "claims of" and "reports of": nouns, so no
// subject of them is read ("cited studies to back claims of …").
func TestClaimsOfNounEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Supporters of the plan cited many studies to back claims of a growing demand.": "",
		"Ann Lee claims the pier is safe.":                                              "Ann Lee",
	})
}
