package extract

import "testing"

// TestIndefiniteSourceDE checks that a source named after "nach Angaben"
// (or another source noun) with the indefinite genitive article is cited
// in the nominative without the article: a weak or strong masculine noun,
// a feminine noun with its adjective, and a genitive complement kept as
// written.
func TestIndefiniteSourceDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Nach Einschätzung eines Experten ist der Deich am Nordufer stabil.":                    "Experte",
		"Nach Angaben einer örtlichen Quelle brannte die Scheune bis zum Morgen.":               "örtliche Quelle",
		"Nach Angaben eines Mitarbeiters einer Hilfsorganisation fehlt in Talheim Trinkwasser.": "Mitarbeiter einer Hilfsorganisation",
	})
}
