package extract

import "testing"

// TestPhraseParticipleDE checks the perfect of multi-word verbs of saying
// ("deutlich gemacht", "in Aussicht gestellt", "Kritik geübt") and that the
// participle alone ("einen Fehler gemacht") names nobody.
func TestPhraseParticipleDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Marta Kolbe hat am Freitag zu bedenken gegeben, dass der Steg bleibt.": "Marta Kolbe",
		"Zuvor hatte Ruben Hesse den Fischern eine Hilfe in Aussicht gestellt.": "Ruben Hesse",
		"Ruben Hesse hatte an dem Entwurf scharfe Kritik geübt.":                "Ruben Hesse",
		"Marta Kolbe hat beim Bau des Stegs offenbar einen Fehler gemacht.":     "",
		"Ruben Hesse hatte die Tische in den Saal gestellt.":                    "",
	})
}

// TestSeparableParticipleDE checks the perfect of separable verbs of
// saying and of taking a position whose particle is fused into the
// participle ("aufgefordert", "zugesagt", "zugesichert", "festgestellt").
func TestSeparableParticipleDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Inzwischen hat die Landrätin Marta Kolbe die Gemeinden zur Sparsamkeit aufgefordert.": "Marta Kolbe",
		"Ruben Hesse hat den Fischern weitere zwei Millionen Euro zugesagt.":                   "Ruben Hesse",
		"Zuvor hatte Marta Kolbe zugesichert, dass der Steg bleibt.":                           "Marta Kolbe",
		"Ruben Hesse hat die Bürger dazu aufgerufen, den Steg zu meiden.":                      "Ruben Hesse",
		"Der Bericht hat festgestellt, dass der Steg marode ist.":                              "",
	})
}
