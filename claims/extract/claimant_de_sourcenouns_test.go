package extract

import "testing"

// TestSourceNounsDE checks that "nach" with a noun of what a source gave
// names the source, and that "je nach …" names none.
func TestSourceNounsDE(t *testing.T) {
	const before = "Die Stadt will den Park bebauen. "
	checkLast(t, "de", map[string]string{
		before + "Nach Zahlen des Landesamts wuchs die Stadt um 300 Menschen.":    "Landesamt",
		before + "Nach Ansicht von Hanna Vogt ist der Plan zu teuer.":             "Hanna Vogt",
		before + "Je nach Einschätzung der Risiken sollen die Schulen öffnen.":    "",
		before + "Nach Angaben der Polizei wurde niemand verletzt.":               "Polizei",
		before + "Nach Schätzungen des Verbands fehlen im Land 2000 Lehrerinnen.": "Verband",
	})
}
