package extract

import "testing"

// TestHeisstOwnDocumentDE checks that "hieß es in einer Mitteilung" right
// after a body spoke names that body, that a unit between leaves it
// without one, and that a genitive after the noun does not give it the
// body before (the genitive names a source of its own).
func TestHeisstOwnDocumentDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das Verkehrsministerium bestätigte die Sperrung. Die Brücke sei baufällig, hieß es in einer Mitteilung.":                                    "Verkehrsministerium",
		"Das Verkehrsministerium bestätigte die Sperrung. Der Verkehr staute sich am Morgen. Die Brücke sei baufällig, hieß es in einer Mitteilung.": "",
	})
	text := "Das Verkehrsministerium bestätigte die Sperrung. Die Brücke sei baufällig, hieß es in einer Mitteilung der Stadtverwaltung Obernau."
	if got := claimantOfLast(text, "de"); got == "Verkehrsministerium" {
		t.Errorf("%q: claimant %q, want not the body before", text, got)
	}
}
