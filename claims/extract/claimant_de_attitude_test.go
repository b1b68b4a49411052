package extract

import "testing"

// TestAttitudeSpeakerDE checks a known person as subject of "ist" with an
// adjective of attitude and of "geht davon aus", and that other uses of
// "ist" and "geht" give no claimant.
func TestAttitudeSpeakerDE(t *testing.T) {
	const intro = "Die Ministerin Eva Roth besuchte das Werk. "
	checkLast(t, "de", map[string]string{
		intro + "Roth ist überzeugt, dass die Zahlen sinken.":  "Eva Roth",
		intro + "Roth geht davon aus, dass die Zahlen sinken.": "Eva Roth",
		intro + "Roth ist seit zwei Jahren im Amt.":            "",
		intro + "Roth geht am Abend zum Empfang im Rathaus.":   "",
	})
}
