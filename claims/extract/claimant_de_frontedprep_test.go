package extract

import "testing"

// TestFrontedPrepSpeakerDE checks a verb of reporting whose preposition
// opens the sentence, with the subject after the verb, and that "von …
// aus" (a place) names no speaker.
func TestFrontedPrepSpeakerDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Auf eine rasche Prüfung pochte die Landrätin Ilka Brenner.":        "Ilka Brenner",
		"Für einen „neuen Anfang“ warb der Politiker Olaf Wiesner.":         "Olaf Wiesner",
		"Auf eine rasche Lösung pocht nun Olaf Wiesner.":                    "Olaf Wiesner",
		"Für den neuen Radweg warb die Bürgermeisterin Ilka Brenner.":       "Ilka Brenner",
		"Auf das Ende der Fähre pochte der Politiker Olaf Wiesner.":         "Olaf Wiesner",
		"Von der Kanzel aus sprach der Pfarrer Olaf Wiesner zu den Leuten.": "",
	})
}

// TestFrontedNounAfterAdjectiveDE checks that the noun of a multi-word
// verb of reporting may stand after an adjective in the Vorfeld.
func TestFrontedNounAfterAdjectiveDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Scharfe Kritik an dem Plan übte der Städtetag.":     "Städtetag",
		"Deutliche Kritik übte auch die Gewerkschaft Verdi.": "Gewerkschaft Verdi",
		"Scharfe Worte fand der Städtetag.":                  "",
	})
}
