package extract

import "testing"

// TestKindNamedDE checks that a bare kind noun after a definite article is
// the body the text introduced with that kind, and that a kind noun the
// text introduced with no name stays.
func TestKindNamedDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Hilfsorganisation Brunnenwerk baut in Mali. „Das Geld reicht nicht“, kritisiert die Organisation.": "Brunnenwerk",
		"Das Unternehmen Kesselbau Nord stellt Pumpen her. Es fehlten Teile, teilte das Unternehmen mit.":       "Kesselbau Nord",
		"Eine Organisation baut in Mali. „Das Geld reicht nicht“, kritisiert die Organisation.":                 "Organisation",
	})
}
