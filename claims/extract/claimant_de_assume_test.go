package extract

import "testing"

// TestAssumeSpeakerDE checks that the subject of "ausgehen von" is the
// speaker when it is a body, a group or an office, and that a danger that
// "geht von … aus" is none.
func TestAssumeSpeakerDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Polizei geht davon aus, dass der Brand gelegt wurde.":         "Polizei",
		"Die Ärzte gehen davon aus, dass die Welle bald abflaut.":          "Ärzte",
		"Derzeit geht die Staatsanwaltschaft von einem Unfall aus.":        "Staatsanwaltschaft",
		"Die größte Gefahr geht von den maroden Brücken aus.":              "",
		"Die Reise ging von Hamburg aus, sagte der Reiseleiter am Montag.": "Reiseleiter",
		"Die Ministerin geht von steigenden Kosten aus.":                   "Ministerin",
	})
}
