package extract

import "testing"

// TestOrgTailDE checks that a body's name keeps its genitive with
// lower-case adjectives and its remit after "für" wherever the claimant
// reads a body, and that a body of the same head named before does not
// take its place ("Laut dem Institut der …" after "Das Talwerk-Institut").
func TestOrgTailDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Laut dem Institut der regionalen Fischerei sank der Fang um 12 Prozent.":                          "Institut der regionalen Fischerei",
		"Das Talwerk-Institut sieht das anders. Laut dem Institut der regionalen Fischerei sank der Fang.": "Institut der regionalen Fischerei",
		"Laut einer Studie des Instituts der regionalen Fischerei sank der Fang um 12 Prozent.":            "Institut der regionalen Fischerei",
		"Laut einer Studie des Städtischen Instituts für Bodenkunde sank der Pegel um 2 Meter.":            "Städtisches Institut für Bodenkunde",
		"Dem Institut der regionalen Fischerei zufolge sank der Fang um 12 Prozent.":                       "Institut der regionalen Fischerei",
		"Dem Landesamt für Häfen und Schleusen zufolge fielen im Juli 40 Fahrten aus.":                     "Landesamt für Häfen und Schleusen",
		"Nach Angaben des Landesamts für Häfen und Schleusen fielen im Juli 40 Fahrten aus.":               "Landesamt für Häfen und Schleusen",
		"Das Institut der regionalen Fischerei erwartet, dass der Fang um 12 Prozent sinkt.":               "Institut der regionalen Fischerei",
		"Das Städtische Institut für Bodenkunde erwartet einen Anstieg um 2 Meter.":                        "Städtisches Institut für Bodenkunde",
		"Der Verband der privaten Fährbetriebe erwartet ein Plus von 4 Prozent.":                           "Verband der privaten Fährbetriebe",
		"Beim Eintritt würde nach Auskunft der Raumfahrtbehörde LRA der größte Teil verglühen.":            "Raumfahrtbehörde LRA",
		"Laut dem Institut der vergangenen Woche stiegen die Beiträge um 4 Prozent.":                       "Institut",
	})
}

// TestBodyNotPersonDE checks that a body's head noun in -er after "der"
// ("der Kammer") is not read as a man just named, and that "nach
// Überzeugung" and "nach Ermittlungen" name their source.
func TestBodyNotPersonDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Eva Roth kam. Nach Angaben der Kammer stieg die Zahl um 3 Prozent.":                    "Kammer",
		"Jan Roth kam. Nach Angaben der Ärztekammer stieg die Zahl um 3 Prozent.":               "Ärztekammer",
		"Jan Roth kam. Nach Angaben der Sprecherin stieg die Zahl um 3 Prozent.":                "Sprecherin",
		"Nach Überzeugung des Gerichts hatte der Mann 240.000 Euro veruntreut.":                 "Gericht",
		"Nach Ermittlungen der Polizei war der Fahrer mit 120 Kilometern pro Stunde unterwegs.": "Polizei",
		"Nach bisherigen Ermittlungen war der Fahrer mit 120 Kilometern pro Stunde unterwegs.":  "",
		"Die Ärztin Eva Roth kam. Die Medizinerin sagte, die Zahl sei um 3 Prozent gestiegen.":  "Eva Roth",
	})
}

// TestNamedGenitiveBodyDE checks that a body named in the genitive by a
// name and a hyphenated compound ("des Robert Koch-Instituts") is what its
// head noun refers to later.
func TestNamedGenitiveBodyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Nach Schätzungen des Hanna Lind-Instituts starben 320 Fische. Das geht aus dem Bericht des Instituts hervor.": "Hanna Lind-Institut",
		"Nach Schätzungen des Hanna Lind-Instituts starben 320 Fische. Das Institut erwartet, dass die Zahl steigt.":   "Hanna Lind-Institut",
		"Das Hanna Lind-Institut zählte 320 Fische. Nach Angaben des Instituts stieg die Zahl.":                        "Hanna Lind-Institut",
	})
}

// TestConcludesDE checks that a study's body that "comes to the result"
// is the claimant, and that "kam zu spät" states no finding.
func TestConcludesDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Eine Studie des Städtischen Instituts für Bodenkunde kam 2023 zu dem Ergebnis, dass der Pegel sank.": "Städtisches Institut für Bodenkunde",
		"Die Umfrage des Fährverbands Nord kommt zum Schluss, dass 60 Prozent die Brücke wollen.":             "Fährverband Nord",
		"Eine Studie des Instituts kam zu spät, um die Wahl zu beeinflussen.":                                 "",
	})
}

// TestGroupGenitiveDE checks that a group with a body's genitive before a
// verb of opinion is the claimant as written, and that "bewerten … als"
// takes a position (not in the passive).
func TestGroupGenitiveDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Analysten der Landesbank Talheim halten den Abbau für notwendig.":                     "Analysten der Landesbank Talheim",
		"Ärzte der regionalen Kliniken fürchten einen Mangel an 300 Betten.":                   "Ärzte der regionalen Kliniken",
		"Analysten der Landesbank Talheim bewerteten den Abbau von 300 Stellen als notwendig.": "Analysten der Landesbank Talheim",
		"Der Fährverband Nord bewertete den Abbau von 300 Stellen als notwendig.":              "Fährverband Nord",
		"Der Abbau von 300 Stellen wurde als notwendig bewertet.":                              "",
	})
}

// TestCelebrateAsDE checks that "feiern … als" takes a position, also
// past brackets and quotation marks, and "feiern" without "als" does not.
func TestCelebrateAsDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Eva Roth kam. Roth feierte den Beschluss der Behörde (LWB) als „Durchbruch“, obwohl er 3 Millionen Euro kostet.": "Eva Roth",
		"Eva Roth kam. Roth feierte ihren Geburtstag mit 300 Gästen.":                                                     "",
	})
}

// TestDocumentIssuerDE checks that the body whose document "aus …
// hervor" names is the claimant, and that a document of no body names
// none.
func TestDocumentIssuerDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Bau kostet 14 Millionen Euro. Das geht aus einer Vorlage der Stadtverwaltung für den Bauausschuss hervor.": "Stadtverwaltung",
		"Der Bau kostet 14 Millionen Euro. Das geht aus einem Papier des Fährverbands Nord hervor.":                     "Fährverband Nord",
		"Der Bau kostet 14 Millionen Euro. Das geht aus den Akten des Falls hervor.":                                    "",
	})
}
