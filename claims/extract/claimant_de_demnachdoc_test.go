package extract

import "testing"

// TestDemnachDocDE checks that "Demnach" after a unit naming a document
// with a body in the genitive takes that body, not the one who cited it,
// and a head noun there the body the text named in full with it (invented
// sentences).
func TestDemnachDocDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Mieterbund forderte eine Senkung. Chefin Eva Kurz verwies auf Berechnungen des Landesstatistikamts. Demnach könnten Mieter 40 Euro sparen.":       "Landesstatistikamt",
		"Der Mieterbund forderte eine Senkung. Demnach könnten Mieter 40 Euro sparen.":                                                                         "Mieterbund",
		"Der Fachverband Velotec warnt vor Kosten. Einer Umfrage des Verbands zufolge klagen 61 Prozent der Händler. Jeder dritte plant demnach Entlassungen.": "Fachverband Velotec",
	})
}
