package extract

import "testing"

// TestTimeStampDE checks that a German live ticker's entry is read from
// after the time that opens it.
func TestTimeStampDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"17.20 Uhr: Landrat Eva Roth sagte dem Sender Radio Talwelle, die Lage sei ernst.": "Eva Roth",
		"9:05 Uhr - Landrat Eva Roth sagte dem Sender Radio Talwelle, die Lage sei ernst.": "Eva Roth",
	})
}
