package extract

import "testing"

// TestParticleBeforeAndDE checks that a separable particle of another
// sense closing the first of two joined clauses ("räumte … ab und
// gewann") makes the verb report no statement, while "ab und zu" and a
// verb of saying whose particle is no other sense keep the speaker.
func TestParticleBeforeAndDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Im Frühjahr räumte Karla Menzel bei der Wahl in Hessen ab und gewann in zwölf Kreisen.": "",
		"Der Chor Lindenklang sagte das Konzert am Freitag ab und verschob es auf den Mai.":      "",
		"Die Kammer wies für das Jahr einen Gewinn aus und zahlte eine Prämie.":                  "",
		"Die Ministerin Ilka Brandt räumte Fehler ein und kündigte eine Prüfung an.":             "Ilka Brandt",
		"Mira Kolb wies die Kritik zurück und sagte, die Halle sei zu klein.":                    "Mira Kolb",
		"Die Kammer wies ab und zu einen Gewinn aus, sagte Mira Kolb.":                           "Mira Kolb",
	})
}
