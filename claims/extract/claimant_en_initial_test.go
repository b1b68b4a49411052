package extract

import "testing"

// TestMiddleInitialEN checks that a first name before a middle initial is
// kept after a title ("Representative Dora K. Vance" → "Dora K. Vance",
// not "K. Vance"), and that an abbreviated rank or title after the verb
// of saying ("said Capt. Dora Vance") gives the name after it.
func TestMiddleInitialEN(t *testing.T) {
	for in, want := range map[string]string{
		"Representative Walter K. Vance": "Walter K. Vance",
		"Representative Walter Vance":    "Walter Vance",
	} {
		if got := claimantName(in); got != want {
			t.Errorf("claimantName(%q) = %q, want %q", in, got, want)
		}
	}
	checkLast(t, "en", map[string]string{
		"“The pier is safe,” said Representative Walter K. Vance of Norland, who toured it.": "Walter K. Vance",
		"“The pier is safe,” said Capt. Dora Vance.":                                         "Dora Vance",
		"“The pier is safe,” said Gen. Walter K. Vance, a former commander.":                 "Walter K. Vance",
	})
}
