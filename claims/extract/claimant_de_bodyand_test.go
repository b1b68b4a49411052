package extract

import "testing"

// TestBodyAndDE checks a body whose name after its head noun joins two
// nouns with "und", and two bodies joined so.
func TestBodyAndDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Gewerkschaft Post und Logistik kritisierte den Vorschlag.":         "Post und Logistik",
		"Die Akademie Kunst und Technik kritisierte den Vorschlag.":             "Kunst und Technik",
		"Die Stadt Ahlfeld und die Gemeinde Tornow kritisierten den Vorschlag.": "Stadt Ahlfeld; Gemeinde Tornow",
	})
}
