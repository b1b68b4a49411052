package extract

import "testing"

// TestSourcePhraseDE checks the source behind a noun of communication
// after "nach", "laut" and before "zufolge", cited in the nominative, and
// that such a noun without a genitive names no source.
func TestSourcePhraseDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Nach Angaben des Statistischen Landesamts stieg die Zahl der Gäste.": "Statistisches Landesamt",
		"Laut einem Bericht des bayerischen Umweltministeriums fehlt Wasser.": "bayerisches Umweltministerium",
		"Einer Schätzung der örtlichen Behörden zufolge fehlt Wasser.":        "örtliche Behörden",
		"Laut einer Schätzung von örtlichen Händlern fehlt Geld.":             "örtliche Händler",
		"Nach Ansicht von Jonas Brenner fehlt Geld.":                          "Jonas Brenner",
		"Laut Mitteilung fehlt Geld in der Kasse.":                            "",
		"Je nach Einschätzung der Lage wird geöffnet.":                        "",
	})
	checkLast(t, "de", map[string]string{
		"Jonas Brenner leitet das Amt. Nach Brenners Einschätzung fehlt Geld.":         "Jonas Brenner",
		"Jonas Brenner leitet das Amt. Nach Angaben Brenners fehlt Geld.":              "Jonas Brenner",
		"Mira Kolb leitet das Amt. Nach ihrer Auffassung fehlt Geld.":                  "Mira Kolb",
		"Mira Kolb leitet das Amt. Ihrer Einschätzung nach fehlt Geld.":                "Mira Kolb",
		"Die Halle ist aus Sicht von Mira Kolb zu klein.":                              "Mira Kolb",
		"Aus Sicht des Leiters der Behörde für Gesundheit, Jonas Brenner, fehlt Geld.": "Jonas Brenner",
	})
}

// TestGenitiveBaseFullDE checks the genitive ending "-es" after a
// sibilant or "ch" besides genitiveBaseDE's.
func TestGenitiveBaseFullDE(t *testing.T) {
	for in, want := range map[string]string{"Verfassungsschutzes": "Verfassungsschutz", "Reiches": "Reich", "Bundesamts": "Bundesamt", "Landratsamtes": "Landratsamt"} {
		if got := genitiveBaseFullDE(in); got != want {
			t.Errorf("genitiveBaseFullDE(%q) = %q, want %q", in, got, want)
		}
	}
}
