package extract

import "testing"

// TestCoSubjectsDE checks a German subject of several noun phrases before
// or after a verb of saying: each of them is a claimant.
func TestCoSubjectsDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Gestern forderten der Mieterverein Harburg und der Verband der Hausbesitzer, dass die Mieten sinken.": "Mieterverein Harburg; Verband der Hausbesitzer",
		"Das betonten sowohl die Ministerin Eva Roth als auch der Landrat Jan Kühn.":                           "Eva Roth; Jan Kühn",
		"Stadt, Kreis und Land fordern mehr Geld für die Schulen.":                                             "Stadt; Kreis; Land",
	})
}

// TestConjunctsDE checks what joins no subjects: a truncated compound, a
// conjunction inside a "von" phrase, a shared article, two offices of one
// person.
func TestConjunctsDE(t *testing.T) {
	for text, want := range map[string]int{
		"der Mieterbund und der Sozialverband":    2,
		"Haus- und Fachärzte":                     0,
		"Vertreter von Kreisen und Bezirken":      0,
		"der Maler und Aktivist Jan Roth":         0,
		"Stadtrat und Sprecher Jan Roth":          0,
		"Bund, Länder und Gemeinden":              3,
		"sowohl die Stadt als auch der Landkreis": 2,
	} {
		var z tokenizer
		toks := z.tokenize(text, lexDE)
		names, _ := conjunctsDE(toks, 0, len(toks), nil)
		if len(names) != want {
			t.Errorf("%q: %d conjuncts, want %d", text, len(names), want)
		}
	}
}
