package extract

import (
	"strings"
	"testing"
)

// TestParticleVorfeldDE checks that a focus particle or a demonstrative
// opening the Vorfeld with a noun phrase leaves that noun phrase the
// subject: the particle is no part of the name, the noun after the verb
// is the object.
func TestParticleVorfeldDE(t *testing.T) {
	const before = "Die Fabrik in Osterhain soll schließen. "
	checkLast(t, "de", map[string]string{
		before + "Auch der Betriebsrat kündigte Widerstand an.":   "Betriebsrat",
		before + "Sogar der Handelsverband kündigte Proteste an.": "Handelsverband",
		before + "Auch die Gewerkschaft kündigte Widerstand an.":  "Gewerkschaft",
		before + "Dieser Verband kündigte Widerstand an.":         "Verband",
	})
	for _, c := range []struct {
		words []string
		v     int
		want  bool
	}{
		{[]string{"Auch", "der", "Verband", "kündigte"}, 3, true},
		{[]string{"Dieser", "Verband", "kündigte"}, 2, true},
		{[]string{"Unterdessen", "kündigte"}, 1, false},
		{[]string{"Heute", "Morgen", "kündigte"}, 2, false},
	} {
		toks := make([]token, len(c.words))
		for i, w := range c.words {
			toks[i] = token{low: strings.ToLower(w)}
			if upperFirst(w) {
				toks[i].flags = tCap
			}
			if w == "der" {
				toks[i].cat = cDet
			}
		}
		if got := particleVorfeldDE(toks, c.v); got != c.want {
			t.Errorf("particleVorfeldDE(%v) = %v, want %v", c.words, got, c.want)
		}
	}
}
