package extract

import "testing"

// TestOfficeTitleDE checks a noun of office, academic titles and a name
// after a verb of saying, with no article before the noun.
func TestOfficeTitleDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Werte seien bedenklich, sagte Studienleiterin Dr. Imke Sager.":         "Imke Sager",
		"Die Werte seien bedenklich, erklärte Chefarzt Prof. Dr. Lutz Hellwig.":     "Lutz Hellwig",
		"Die Werte seien bedenklich, sagte die Studienleiterin Dr. Imke Sager.":     "Imke Sager",
		"Die Werte seien bedenklich, sagte Dr. Imke Sager.":                         "Imke Sager",
		"Die Werte seien bedenklich, sagte Studienleiterin Imke Sager am Mittwoch.": "Imke Sager",
	})
}
