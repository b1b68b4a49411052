package extract

import "testing"

// TestFamilyNameEN checks a family named by its surname as the subject of
// a verb of saying ("the Vollen family said"): the claimant is the family
// as the text names it, not the person of that surname named before.
func TestFamilyNameEN(t *testing.T) {
	lead := "Marit Vollen, a ferry captain for 40 years, died on Friday at 81.\n\n"
	checkLast(t, "en", map[string]string{
		lead + "“We are heartbroken,” the Vollen family said.":                                  "Vollen family",
		lead + "The Vollen family said a memorial would be held at the harbour.":                "Vollen family",
		lead + "A memorial will be held at the harbour, the Vollen family said in a statement.": "Vollen family",
		lead + "Marit Vollen's family said a memorial would be held at the harbour.":            "Marit Vollen's family",
		lead + "Her nephew Dace Vollen said she had planned one last crossing in June.":         "Dace Vollen",
	})
}
