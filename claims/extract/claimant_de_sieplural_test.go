package extract

import "testing"

// TestPluralVerbDE checks that "sie" with a plural verb of saying refers
// to no woman quoted before, while "sie" with a singular one does.
func TestPluralVerbDE(t *testing.T) {
	const before = "„Das reicht nicht“, sagte Ministerin Eva Roth. Vor dem Saal warteten viele Leute. "
	checkLast(t, "de", map[string]string{
		before + "„Wir brauchen mehr“, fordern sie.": "",
		before + "„Wir brauchen mehr“, fordert sie.": "Eva Roth",
		before + "Sie bemängeln die langen Wege.":    "",
	})
	for _, c := range []struct {
		text string
		want bool
	}{{"fordern sie", true}, {"sie äußern", true}, {"sprachen sie", true}, {"fordert sie", false}, {"sie sagte", false}, {"fordern die", false}} {
		var z tokenizer
		toks := z.tokenize(c.text, lexDE)
		v := 0
		if toks[0].low == "sie" {
			v = 1
		}
		if got := pluralVerbDE(toks, v); got != c.want {
			t.Errorf("pluralVerbDE(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
