package extract

import "testing"

// TestReportCompoundDE checks a compound of "Bericht" as a noun of
// communication whose genitive names the source.
func TestReportCompoundDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Zahl der Soldaten sank auf 181.300, heißt es im Jahresbericht der Landesregierung.": "Landesregierung",
		"Laut dem Lagebericht des Landesinstituts Nordmark stieg die Zahl der Fälle.":            "Landesinstitut Nordmark",
	})
}
