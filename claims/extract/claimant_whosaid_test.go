package extract

import "testing"

// TestRelativeSpeaker checks a verb of saying in a relative clause about a
// person named before it, also before an apposition or "of" and a place;
// in English only a verb of assertion in the present tense.
func TestRelativeSpeaker(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The plan has critics, among them Ann Lee of Ohio, who says the cost is too high.": "Ann Lee",
		"The mayor met Tom Bell, who opposed the bridge two years ago.":                    "",
	})
	checkLast(t, "de", map[string]string{
		"Unterstützung kam von Jan Roth, Chef des Verbands, der sagte, die Zeit dränge.": "Jan Roth",
		"Gegenwind kam von Eva Kühn, die erklärt hat, der Plan sei zu teuer.":            "Eva Kühn",
	})
}
