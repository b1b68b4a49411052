package extract

import "testing"

// TestDativeAfterVerbDE checks that the dative object right after a verb
// of saying (the medium or person told) is no speaker, while a subject
// after the verb still is.
func TestDativeAfterVerbDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Bürgerinitiative sagte dem Radiosender Welle Nord, man werde klagen.":       "Bürgerinitiative",
		"Ein Sprecher der Werft sagte der Nordischen Rundschau, der Vertrag sei fertig.": "Sprecher der Werft",
		"Die Fähre sei defekt, sagte der Kapitän Ole Brink.":                             "Ole Brink",
	})
}
