package extract

import "testing"

// TestBodyOpensNameDE checks that a compound whose head is a body's noun
// stays at the start of the body's name, while a long compound of office
// before a person's name and a bare body noun before a name are still cut.
func TestBodyOpensNameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Regel sei rechtens, sagte der Sozialverband VdK Talbach.":                                            "Sozialverband VdK Talbach",
		"Ab sofort sei kein Test mehr nötig, teilte die Berufsgenossenschaft Nordwerk Textil Elektro mit.":        "Berufsgenossenschaft Nordwerk Textil Elektro",
		"Die Interessengemeinschaft Deponieschutz Region Talbach hat bekannt gegeben, dass keine Gefahr bestehe.": "Interessengemeinschaft Deponieschutz Region Talbach",
		"Die Regel sei rechtens, teilte die Bürgerstiftung Wasser Talbach mit.":                                   "Bürgerstiftung Wasser Talbach",
		"Die Regel sei rechtens, teilte der Verein Lesefreunde Obernau mit.":                                      "Lesefreunde Obernau",
		"Die Regel sei rechtens, sagte die Bundestagsabgeordnete Eva Brenner.":                                    "Eva Brenner",
	})
	for w, want := range map[string]bool{
		"Sozialverband": true, "Sozialverbands": true, "Berufsgenossenschaft": true, "Bürgerstiftung": true,
		"Stiftung": false, "Verband": false, "Bundestagsabgeordnete": false, "Landrat": false, "Verbandschef": false,
	} {
		if got := bodyOpensNameDE(w); got != want {
			t.Errorf("bodyOpensNameDE(%q) = %v, want %v", w, got, want)
		}
	}
}
