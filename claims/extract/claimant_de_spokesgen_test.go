package extract

import "testing"

// TestSpokesGenitiveDE checks that "nach Angaben eines Sprechers …" names
// the spokesperson in the nominative, with the body after the noun.
func TestSpokesGenitiveDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Nach Angaben eines Feuerwehrsprechers brannte die Halle völlig aus.":           "Feuerwehrsprecher",
		"Nach Angaben einer Sprecherin der Stadtwerke fiel der Strom zwei Stunden aus.": "Sprecherin der Stadtwerke",
		"Nach Angaben eines Sprechers des Landkreises Talbach sind die Straßen frei.":   "Sprecher des Landkreises Talbach",
	})
}
