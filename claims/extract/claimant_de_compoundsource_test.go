package extract

import "testing"

// TestCompoundSourceNounDE checks "nach" with an article and a compound
// of a source noun, which needs its genitive.
func TestCompoundSourceNounDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Nach der Rechtsauffassung des Bundesamts ist das verboten.": "Bundesamt",
		"Der Täter hatte nach Zeugenaussagen die Tat lange geplant.": "",
		"Nach der Lageeinschätzung der Polizei bleibt es ruhig.":     "Polizei",
	})
}

// TestAcronymStrongAdjectiveDE checks that a short form defined after
// "Der <adjective> <noun>" resolves to the name in the strong form.
func TestAcronymStrongAdjectiveDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Bayerische Jagdverband (BJV) hat Regeln vorgelegt. Nach Ansicht des BJV reicht das nicht.": "Bayerischer Jagdverband",
	})
	for _, c := range [][3]string{{"Der", "Europäische Datenschutzausschuss", "Europäischer Datenschutzausschuss"}, {"das", "Statistische Amt", "Statistisches Amt"}, {"die", "Europäische Zentralbank", "Europäische Zentralbank"}, {"Der", "Robert Koch", "Robert Koch"}} {
		if got := strongAfterArticleDE(c[0], c[1]); got != c[2] {
			t.Errorf("strongAfterArticleDE(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}
