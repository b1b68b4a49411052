package extract

import "testing"

// TestAdmittedEN checks that "admitted", a lexicon verb of saying with its
// final consonant doubled in the past, names its subject as the claimant.
func TestAdmittedEN(t *testing.T) {
	const before = "The new bridge opened two years late. "
	checkLast(t, "en", map[string]string{
		before + "Lotte Brandvik admitted the design had been rushed.":         "Lotte Brandvik",
		before + "The builder, Arno Kessing, admitted that costs had doubled.": "Arno Kessing",
	})
}
