package extract

import "testing"

// TestWhichSaysEN checks that "…, which says …" after a body's name
// gives that body, and after the name of a law gives no claimant.
func TestWhichSaysEN(t *testing.T) {
	const before = "Snow fell across the north on Sunday. "
	checkLast(t, "en", map[string]string{
		before + "The strike was called by the Harbor Nurses Union, which says the wards are understaffed.": "Harbor Nurses Union",
		before + "Fares are set by the Ostby Transit Authority, which argues that costs have doubled.":      "Ostby Transit Authority",
		before + "The ferries run under the Ostby Harbor Act, which states that fares may not rise.":        "",
	})
}
