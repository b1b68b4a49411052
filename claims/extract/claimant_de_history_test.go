package extract

import "testing"

// TestHistoryWrittenDE checks that "Geschichte schreiben" (making history)
// names no speaker, while "schreiben" of a letter still does.
func TestHistoryWrittenDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Mit dem Sieg hat der TSV Kalben Vereinsgeschichte geschrieben.": "",
		"Die Bürgermeisterin will in Kalben Geschichte schreiben.":       "",
		"Der Verband der Imker schrieb der Ministerin einen Brief.":      "Verband der Imker",
	})
}

// TestColumnTaglineDE checks that a column's tagline ("Vera Lindt schreibt
// hier jeden Mittwoch") names no speaker.
func TestColumnTaglineDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Vera Lindt ist Redakteurin und schreibt hier jeden ersten Mittwoch im Monat.": "",
		"Hier schreibt sie im Wechsel mit dem Trainer Ole Brix.":                       "",
	})
}

// TestWrittenWorkDE checks that writing books or black figures names no
// speaker.
func TestWrittenWorkDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Vera Lindt ist Ärztin. Sie hat schon wieder ein Kinderbuch geschrieben.": "",
		"Die Bäckerei Brix schreibt seit zwei Jahren schwarze Zahlen.":            "",
	})
}

// TestBalanceWrittenDE checks that writing a loss or a profit names no
// speaker, with the verb before its object or at the clause's end.
func TestBalanceWrittenDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Stadtwerke Kalben hatten im vergangenen Jahr einen Verlust von 4,7 Millionen Euro geschrieben.": "",
		"Die Brauerei Ostheim schrieb 2025 einen Rekordgewinn.":                                              "",
		"Die Brauerei Ostheim schrieb im dritten Quartal ein Minus.":                                         "",
		"Die Brauerei Ostheim schrieb, der Gewinn sei gestiegen.":                                            "Brauerei Ostheim",
	})
}
