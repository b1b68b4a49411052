package extract

import "testing"

// TestReportBodyDE checks a body or group opening the sentence as the
// subject of a verb of reporting, in the nominative, and that a fronted
// adverb before a verb in the singular and the verbs of position are no
// such subject.
func TestReportBodyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Feuerwehr warb für mehr Vorsicht.":                  "Feuerwehr",
		"Tierärzte wiesen auf die Gefahr durch Zecken hin.":      "Tierärzte",
		"Das städtische Gesundheitsamt gab drei Fälle bekannt.":  "städtisches Gesundheitsamt",
		"Generell verspricht der Sommer wenig Regen.":            "",
		"Das Konzept sieht vor, dass alle Kinder kommen dürfen.": "",
	})
}

// TestProposeBodyDE checks that a body or group proposing ("schlägt …
// vor", also in the plural) or recommending ("empfehlen") is the claimant,
// and that "schlug" without its particle proposes nothing.
func TestProposeBodyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Bauernverband schlägt vor, die Prämie auf 300 Euro zu erhöhen.":       "Bauernverband",
		"Die Gewerkschaften schlagen eine Arbeitszeit von 35 Stunden vor.":         "Gewerkschaften",
		"Die Landesregierung schlug kurz darauf einen Fonds von 8 Milliarden vor.": "Landesregierung",
		"Die Wirtschaftsweisen empfehlen eine Senkung der Stromsteuer.":            "Wirtschaftsweisen",
		"Der Blitz schlug am Montag in den Kirchturm ein.":                         "",
	})
}

// TestReportPluralDE checks the plural forms of the verbs of reporting
// ("gaben … bekannt", "machten deutlich", "pochten auf"), "erinnerte
// daran, dass" (not "erinnerte an" the dead), and that a phrase opened by
// "Als" is no subject.
func TestReportPluralDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Forscher gaben die Ergebnisse am Montag bekannt.":             "Forscher",
		"Die Ärzte machten deutlich, dass 40 Prozent der Betten fehlen.":   "Ärzte",
		"Die Ärzte pochten auf eine Prämie von 40 Euro.":                   "Ärzte",
		"Die Ärzte stellten klar, dass 40 Prozent der Betten fehlen.":      "Ärzte",
		"Eva Roth erinnerte daran, dass 40 Prozent der Betten fehlen.":     "Eva Roth",
		"Eva Roth erinnerte an die 40 Opfer des Unglücks.":                 "",
		"Als Begründung gaben die Behörden an, 40 Fälle seien noch offen.": "",
	})
}
