package extract

import "testing"

// TestCountryBodyEN checks (invented sentences) that a body's name of a
// country in capitals and one word keeps its country when another body
// with that last word is named too.
func TestCountryBodyEN(t *testing.T) {
	for _, c := range []struct{ text, unit, want string }{
		{"The sprinter was banned. UK Rowing said it respected the decision. World Rowing figures show that 40 rowers were sanctioned.", "UK Rowing", "UK Rowing"},
		{"The sprinter was banned. US Rowing said it respected the decision. The federation added that it had cut his funding. World Rowing figures show that 40 rowers were sanctioned.", "The federation", "US Rowing"},
	} {
		if got := claimantOfUnitEN(c.text, c.unit); got != c.want {
			t.Errorf("%q, unit %q: claimant %q, want %q", c.text, c.unit, got, c.want)
		}
	}
}
