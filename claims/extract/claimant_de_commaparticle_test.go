package extract

import "testing"

// TestCommaParticleReportDE checks a separable verb of reporting after a
// comma whose particle closes the sentence after its subject: the subject
// is the claimant; the verb in another sense, with more than the subject
// before the particle, names nobody.
func TestCommaParticleReportDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Für eine Familie bedeute das 90 Euro mehr im Jahr, rechnete die Stadtverwaltung vor.": "Stadtverwaltung",
		"Die Reform koste die Kassen 40 Millionen Euro, rechnete der Verband vor.":             "Verband",
		"Der Bau dauere noch zwei Jahre, merkte die Bauherrin an.":                             "Bauherrin",
		"Die Kosten stiegen, rechnete der Verband am Abend in einer Tabelle vor.":              "",
	})
}
