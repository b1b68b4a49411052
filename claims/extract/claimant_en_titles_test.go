package extract

import "testing"

// TestTitleWordEN checks the English titles, ranks, party labels and
// occupations written before a name, and words that are none.
func TestTitleWordEN(t *testing.T) {
	for w, want := range map[string]bool{
		"Justice": true, "Speaker": true, "Capt.": true, "Sgt": true, "Democrat": true, "Rabbi": true,
		"Filmmaker": true, "Secretary-General": true, "Vice-President": true, "Chair": true,
		"Ruth": false, "Dan": false, "Republican": false, "Jean-Pierre": false, "Major": false, "": false,
	} {
		if got := titleWordEN(w); got != want {
			t.Errorf("titleWordEN(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestTitledClaimantEN checks that a claimant loses the titles written
// before the name, also in a sentence of the text.
func TestTitledClaimantEN(t *testing.T) {
	for in, want := range map[string]string{
		"Supreme Court Justice Lena Marsh": "Lena Marsh",
		"Port Authority Chair Dan Whitley": "Dan Whitley",
		"Secretary-General Ruth Okafor":    "Ruth Okafor",
		"Democrat Ruth Okafor":             "Ruth Okafor",
		"Human Rights Watch":               "Human Rights Watch",
		"Republican National Committee":    "Republican National Committee",
		"Speaker Whitley":                  "Speaker Whitley",
		"Harbor Police Captain Tom Alder":  "Tom Alder",
	} {
		if got := claimantName(in); got != want {
			t.Errorf("claimantName(%q) = %q, want %q", in, got, want)
		}
	}
	checkLast(t, "en", map[string]string{
		"Justice Lena Marsh said the case was close.":  "Lena Marsh",
		"“We will appeal,” Reporter Dan Whitley said.": "Dan Whitley",
	})
}

// TestSchoolHeadTitleEN checks that the title of a school's head written
// before a name is no part of the claimant.
func TestSchoolHeadTitleEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Headteacher Moira Castell, who leads Brookfield Primary, said 40 pupils had left.": "Moira Castell",
		"Headmaster Ian Rowe said the hall had been closed since May.":                      "Ian Rowe",
		"Principal Tom Reddy said the school had 400 pupils.":                               "Tom Reddy",
	})
}
