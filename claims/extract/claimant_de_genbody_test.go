package extract

import "testing"

// TestGenitiveCompoundDE checks that a compound body first named in the
// genitive is the body a later bare head noun stands for.
func TestGenitiveCompoundDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Ernte fällt nach Schätzungen des Landesbauernverbands geringer aus. Grund sei die Trockenheit, teilte der Verband mit.":      "Landesbauernverband",
		"Ein Sprecher des Kultusministeriums nannte keine Zahlen. Der Ausfall sei gering, erklärte das Ministerium am Montag in Talfeld.": "Kultusministerium",
	})
}
