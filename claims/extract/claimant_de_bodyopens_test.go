package extract

import "testing"

// TestBodyOpensNameDE checks that a compound whose head is a body's noun
// stays at the start of the body's name, while a long compound of office
// before a person's name and a bare body noun before a name are still cut.
func TestBodyOpensNameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Radweg sei zu schmal, meinte der Heimatverband Alte Mühle Talbach.":                                 "Heimatverband Alte Mühle Talbach",
		"Die Genossenschaft baue keine Wohnungen mehr, erklärte die Wohnungsgenossenschaft Grüner Hof Nordheim.": "Wohnungsgenossenschaft Grüner Hof Nordheim",
		"Die Elterngemeinschaft Schulweg Sicher Oberwald fordert seit Jahren eine Ampel am Markt.":               "Elterngemeinschaft Schulweg Sicher Oberwald",
		"Die Orgel werde restauriert, gab die Bürgerstiftung Kirchturm Talbach bekannt.":                         "Bürgerstiftung Kirchturm Talbach",
		"Die Halle sei zu klein, klagte der Verein Lesefreunde Obernau.":                                         "Lesefreunde Obernau",
		"Die Schleuse sei marode, sagte die Bundestagsabgeordnete Eva Brenner.":                                  "Eva Brenner",
	})
	for w, want := range map[string]bool{
		"Heimatverband": true, "Heimatverbands": true, "Wohnungsgenossenschaft": true, "Bürgerstiftung": true,
		"Stiftung": false, "Verband": false, "Bundestagsabgeordnete": false, "Landrat": false, "Verbandschef": false,
	} {
		if got := bodyOpensNameDE(w); got != want {
			t.Errorf("bodyOpensNameDE(%q) = %v, want %v", w, got, want)
		}
	}
}
