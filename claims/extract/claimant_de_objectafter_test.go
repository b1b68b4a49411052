package extract

import "testing"

// TestObjectAfterVerbDE checks that a lone noun after the verb is no
// speaker when a noun phrase the rules cannot read stands before the verb,
// and that a subject after the verb still is.
func TestObjectAfterVerbDE(t *testing.T) {
	const before = "Die Stadt will den Park bebauen. "
	checkLast(t, "de", map[string]string{
		before + "Deutschlands größter Stromkonzern Voltra kündigte Stellenabbau an.": "Voltra",
		before + "Europas größte Fluglinie VAIR kündigte Streichungen an.":            "Fluglinie VAIR",
		before + "Ministerin verteidigt Parkreform":                                   "Ministerin",
		before + "Am Montag sagte Roth, der Park bleibe.":                             "Roth",
		before + "Das sagte Roth am Montag.":                                          "Roth",
	})
}

// TestObjectAfterPronounDE checks that a lone noun after a verb whose
// Vorfeld is a pronoun in the nominative is its object.
func TestObjectAfterPronounDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Für Bücher gilt die Preisbindung, und die schreibt Endpreise vor.": "",
		"Das fordert Verdi seit Jahren.":                                    "Verdi",
	})
}
