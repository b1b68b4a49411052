package extract

import "testing"

// TestFindingPaperDE checks "hervorgehen" and "ergeben" with a paper that
// reports a finding, an answer to a parliamentary question: the body whose
// answer it is, not the member who asked, is the source.
func TestFindingPaperDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das geht aus einer Antwort des Umweltministeriums auf eine Anfrage der Abgeordneten Eva Roth hervor.": "Umweltministerium",
		"Das ergab eine Antwort des Innenministeriums auf eine Kleine Anfrage.":                                "Innenministerium",
		"Das geht aus Unterlagen des Bauamts hervor.":                                                          "Bauamt",
		"Das geht aus einer Antwort auf eine Anfrage hervor.":                                                  "",
	})
}
