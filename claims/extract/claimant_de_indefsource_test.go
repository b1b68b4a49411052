package extract

import "testing"

// TestIndefiniteSourceDE checks that a source named after "nach Angaben"
// (or another source noun) with the indefinite genitive article is cited
// in the nominative without the article: a weak or strong masculine noun,
// a feminine noun with its adjective, and a genitive complement kept as
// written.
func TestIndefiniteSourceDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Nach Einschätzung eines Experten ist der Deich am Nordufer stabil.":                  "Experte",
		"Nach Einschätzung einer örtlichen Quelle brannte die Scheune bis zum Morgen.":        "örtliche Quelle",
		"Nach Schätzungen eines Mitarbeiters des Tierheims fehlen in Talheim vierzig Plätze.": "Mitarbeiter des Tierheims",
	})
}
