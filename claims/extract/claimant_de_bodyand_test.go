package extract

import "testing"

// TestBodyAndDE checks a body whose name after its head noun joins two
// nouns with "und", and two bodies joined so.
func TestBodyAndDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Gewerkschaft Post und Logistik kritisierte den Vorschlag.":         "Gewerkschaft Post und Logistik", // the head noun kept since the lead's andBodyNameDE
		"Die Akademie Kunst und Technik kritisierte den Vorschlag.":             "Akademie Kunst und Technik",
		"Die Stadt Ahlfeld und die Gemeinde Tornow kritisierten den Vorschlag.": "Stadt Ahlfeld; Gemeinde Tornow",
	})
}
