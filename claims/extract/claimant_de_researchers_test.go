package extract

import "testing"

// TestResearchersBodyDE checks that researchers named after the verb with
// their body in the genitive ("berichten Forschende der Universität X")
// give the body, also after a pair of nouns, and that researchers without
// a body stay as they were.
func TestResearchersBodyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Winter werden milder. Das berichten Forschende der Universität Halmstett im Fachblatt „Boden und Wetter“.": "Universität Halmstett",
		"Das Eis schmilzt schneller. Das schreiben Wissenschaftlerinnen und Wissenschaftler der Universität Halmstett.": "Universität Halmstett",
		"Die Winter werden milder, berichten Forscher.":                                                                 "Forscher",
	})
}
