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

// TestFirstNameBeforeInitialEN checks that a first name the text also
// writes before a lower-case word ("If Donald remains Donald") is not
// taken for a title before a middle initial ("Donald J. Trump" is not
// "J. Trump").
func TestFirstNameBeforeInitialEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"“If Walter stays Walter, I will not vote for him,” said Senator Ann Flake. Senator Ann Ryan called Walter K. Vance's remarks racist. Later Mr. Vance said that his words had been misconstrued.": "Walter K. Vance",
	})
}
