package extract

import "testing"

// TestLowerAllocsDE checks that four German claimant steps that lower a
// capitalised word to look it up (adverbClaimantDE, docCompoundDE,
// knownTailDE, titledClaimantDE) answer as before and lower it on the
// stack: strings.ToLower made a new string of every such word.
func TestLowerAllocsDE(t *testing.T) {
	d := &docState{}
	d.register("Ilka Marwede", 'f')
	d.noteTitledDE("stadtförsterin", "Ilka Marwede")
	cases := []struct {
		name, got, want string
		f               func()
	}{
		{"adverbClaimantDE", d.adverbClaimantDE("Offenbar"), "", func() { d.adverbClaimantDE("Offenbar") }},
		{"docCompoundDE", map[bool]string{true: "yes"}[docCompoundDE("Prüfbericht")], "yes", func() { docCompoundDE("Prüfbericht") }},
		{"knownTailDE", d.knownTailDE("Offizieller Fanklub Ilka Marwede"), "", func() { d.knownTailDE("Offizieller Fanklub Ilka Marwede") }},
		{"titledClaimantDE", d.titledClaimantDE("Stadtförsterin"), "Ilka Marwede", func() { d.titledClaimantDE("Stadtförsterin") }},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
		if n := testing.AllocsPerRun(50, c.f); n != 0 {
			t.Errorf("%s allocates %v times, want 0", c.name, n)
		}
	}
}
