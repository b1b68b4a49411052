package extract

import "testing"

// TestGenitiveRemitBodyDE checks that a body named in full only in the
// genitive with its remit, and a chamber or institute named in full, is
// the body a later bare head noun names.
func TestGenitiveRemitBodyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Nach Daten des Landesinstituts für Seuchenschutz sind 88 Prozent geimpft. Es fehlten Impfstoffe, erklärte das Institut.": "Landesinstitut für Seuchenschutz",
		"Die Handwerkskammer Südheide schlägt Alarm. Das geht aus einer Umfrage der Kammer unter ihren Betrieben hervor.":         "Handwerkskammer Südheide",
	})
}
