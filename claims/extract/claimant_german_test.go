package extract

import "testing"

// TestGenitiveLinkDE checks a German speaker after the verb whose noun is
// tied to a body by "von"/"vom" as by a genitive; after "von" only an
// article may stand before the body's name.
func TestGenitiveLinkDE(t *testing.T) {
	for text, want := range map[string]string{
		"Man werde spenden, erklärt ein Sprecher von Kranwerk gegenüber der Zeitung.": "Sprecher von Kranwerk",
		"Der Bau ruhe, sagt ein Sprecher vom Bauamt in Lindau.":                       "Sprecher vom Bauamt",
		"Der Bau ruhe, sagt ein Sprecher von der Stadtverwaltung.":                    "Sprecher von der Stadtverwaltung",
		"Der Bau ruhe, sagte der Sprecher des Landratsamts.":                          "Sprecher des Landratsamts",
		"Man rate davon ab, sagte der Beirat von solchen Fragen unberührt.":           "Beirat",
	} {
		if got := claimantOfLast(text, "de"); got != want {
			t.Errorf("%q: claimant %q, want %q", text, got, want)
		}
	}
}
