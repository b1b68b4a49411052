package extract

import "testing"

// TestClaimantNameTitles checks that titles and offices before a first name
// and surname are dropped, and first names kept.
func TestClaimantNameTitles(t *testing.T) {
	for in, want := range map[string]string{
		"Trainer Jonas Reed":                "Jonas Reed",
		"FDP-Fraktionsvize Clara Weiß":      "Clara Weiß",
		"Unionsfraktionsvize Jana Koch":     "Jana Koch",
		"EU-Binnenmarktkommissar Anne Kerr": "Anne Kerr",
		"Hans-Peter Lorenz":                 "Hans-Peter Lorenz",
		"Sheriff Alex Moreno":               "Alex Moreno",
		"Maria Schneider":                   "Maria Schneider",
		"Bush’s":                            "",
	} {
		if got := claimantName(in); got != want {
			t.Errorf("claimantName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCompoundNoun checks the compound-noun test on words before a name.
func TestCompoundNoun(t *testing.T) {
	for w, want := range map[string]bool{
		"US-Präsident": true, "Hamburg-Korrespondentin": true, "Unionsfraktionsvize": true,
		"Hans-Peter": false, "Maria": false, "Karl-Heinz": false,
	} {
		if got := compoundNoun(w); got != want {
			t.Errorf("compoundNoun(%q) = %v, want %v", w, got, want)
		}
	}
}
