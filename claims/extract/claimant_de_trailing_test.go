package extract

import "testing"

// TestTrailingSayFirstDE checks that "…, sagte X." closing a sentence
// names the speaker even when the clause before it has a verb of saying
// of its own, and that a clause after the name keeps the old order.
func TestTrailingSayFirstDE(t *testing.T) {
	const before = "Der Landrat von Kelbach, Otto Wiesner, forderte eine Ampel. "
	checkLast(t, "de", map[string]string{
		before + "Die Eltern hätten seit Monaten davor gewarnt, sagte Wiesner.":        "Otto Wiesner",
		before + "Die Lehrer hatten vor der Kreuzung gewarnt, sagte Wiesner am Abend.": "Otto Wiesner",
		before + "Die Fahrer hätten nichts gemeldet, erklärte Wiesner.":                "Otto Wiesner",
		before + "Die Eltern warnten, die Ampel fehle seit Jahren.":                    "Eltern",
	})
}
