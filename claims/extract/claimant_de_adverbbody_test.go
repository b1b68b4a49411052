package extract

import "testing"

// TestAdverbVorfeldBodyDE checks that after a lone sentence adverb the
// body, group or office after the verb of saying speaks, also with "die"
// or "der", and that a pronoun's object is not taken.
func TestAdverbVorfeldBodyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Allerdings teilte die Senatsverwaltung in der vergangenen Woche auch mit, dass weitere Kinder kämen.": "Senatsverwaltung",
		"Dabei hofft die Raumfahrtbehörde, dass private Firmen helfen.":                                        "Raumfahrtbehörde",
		"Außerdem forderten sie eine Sperrstunde für Bars.":                                                    "",
	})
}
