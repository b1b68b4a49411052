package extract

import "testing"

// TestDefiniteNounDE checks that a definite person noun refers to the one
// person of its gender the last units named, while a spokesperson, a
// noun of no person and an open choice stay as they are.
func TestDefiniteNounDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Bernd Kolb leitet die Praxis in Lindau. „Wir impfen jeden Tag“, sagt der Mediziner.":       "Bernd Kolb",
		"Mira Roth leitet die Schule. „Wir lüften oft“, versichert die Schulleiterin.":              "Mira Roth",
		"Bernd Kolb leitet die Praxis in Lindau. „Wir impfen jeden Tag“, sagt der Sprecher.":        "Sprecher",
		"Das Wetter war schlecht. „Wir impfen jeden Tag“, sagt der Mediziner.":                      "Mediziner",
		"Bernd Kolb und Jonas Brenner leiten die Praxis. „Wir impfen jeden Tag“, sagt der Arzt.":    "Arzt",
		"Innenminister Jonas Brenner reiste an. Der neue Innenminister zeigte sich besorgt.":        "Jonas Brenner",
		"Gouverneur Jonas Brenner reiste an. Der Sozialdemokrat forderte mehr Geld für die Wälder.": "Jonas Brenner",
	})
}

// TestRolesNameDE checks that two joined nouns of office give way to the
// name after them.
func TestRolesNameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"„Wir bleiben“, sagte Ratsmitglied und Arbeitsgruppenleiter Jonas Brenner am Montag.": "Jonas Brenner",
	})
}
