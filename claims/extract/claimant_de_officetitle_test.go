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

// TestOfficeTitleParticleDE checks a noun of office and an academic title
// between a separable verb of reporting and its particle, after a body was
// named: the name after the title, not the body.
func TestOfficeTitleParticleDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Landesverband der Arbeitgeber wies die Kritik zurück. Die Forderung würde die Betriebe 12 Millionen Euro kosten, rechnete Geschäftsführerin Dr. Maren Solt vor.": "Maren Solt",
		"Die Kammer widersprach. Der Umbau koste 3 Millionen Euro, rechnete Präsidentin Prof. Dr. Ilka Brehm vor.":                                                            "Ilka Brehm",
	})
}
