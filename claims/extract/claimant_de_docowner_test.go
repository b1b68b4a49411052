package extract

import "testing"

// TestDocIssuerDE checks that a document taken up again by its noun with
// a definite article speaks for the body named in the genitive after it
// before, within a few units, and that a new document of that noun, or
// one taken up further on, does not.
func TestDocIssuerDE(t *testing.T) {
	const lead = "Laut einem Bericht der Hilfsorganisation Brückenwerk fehlt in zwölf Lagern sauberes Wasser. "
	checkLast(t, "de", map[string]string{
		lead + "Dem Bericht zufolge sind 400 Kinder erkrankt.":                                                                                                                                                           "Brückenwerk",
		lead + "Der Bericht wirft den Behörden vor, Hilfsgüter zurückzuhalten.":                                                                                                                                          "Brückenwerk",
		lead + "In dem Bericht heißt es, die Zahl der Kranken habe sich verdoppelt.":                                                                                                                                     "Brückenwerk",
		"Die Zeitung zitiert aus einer Studie des Landesamts für Statistik. Laut der Studie ziehen jedes Jahr 3000 Menschen weg.":                                                                                        "Landesamt für Statistik",
		"Die Zeitung zitiert aus einer Studie des Landesamts für Statistik. Es gebe zu wenige Wohnungen, so die Studie.":                                                                                                 "Landesamt für Statistik",
		"Eine Studie des Landesamts für Statistik zeigt einen Rückgang. Eine neue Studie aus Kiel kommt zu einem anderen Schluss. Laut der Studie wächst die Stadt.":                                                     "Studie",
		lead + "Die Regierung wies den Bericht zurück. Am Montag tagte der Rat. Der Rat vertagte sich. Die Sitzung war kurz. Der Bürgermeister fehlte. Danach regnete es. Dem Bericht zufolge sind 400 Kinder erkrankt.": "",
	})
}
