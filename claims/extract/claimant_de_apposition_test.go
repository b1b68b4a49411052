package extract

import "testing"

// TestAppositionSpeakerDE checks a speaker named in apposition to the
// subject's noun of office, with the verb of saying before or after it or
// split by the perfect or a particle, and that an apposition to a genitive
// names no speaker.
func TestAppositionSpeakerDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Zuvor hatte bereits die Leiterin des Tierheims, Ilka Brenner, vor zu vielen Hunden gewarnt.": "Ilka Brenner",
		"Nun gab der Vorsitzende des Vereins, Olaf Wiesner, bekannt, dass das Fest ausfällt.":         "Olaf Wiesner",
		"Dann wies die Leiterin des Bauamts, Ilka Brenner, auf die Kosten hin.":                       "Ilka Brenner",
		"Zu den Kosten sagte der Kämmerer der Stadt (SPD), Olaf Wiesner, es fehle Geld.":              "Olaf Wiesner",
		"Der Markt wachse kaum, erklärte der Experte für den Obsthandel, Olaf Wiesner.":               "Olaf Wiesner",
		"Die Stadt kritisierte die Entscheidung der Leiterin des Tierheims, Ilka Brenner, scharf.":    "Stadt",
	})
}
