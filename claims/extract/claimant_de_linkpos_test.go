package extract

import (
	"slices"
	"testing"
)

// linksOf returns the link words of toks.
func linksOf(toks []token) *linkPosDE {
	var l linkPosDE
	l.findLinksDE(toks)
	return &l
}

// TestLinkPosDE checks that findLinksDE lists exactly the tokens of
// invented German units that derDesDE, vonOrGenitiveDE and
// objectArticleDE take, in token order, and that a second unit leaves
// nothing of the first in the reused lists.
func TestLinkPosDE(t *testing.T) {
	var z tokenizer
	var l linkPosDE
	for _, text := range []string{
		"Der Vorsitzende des Vereins der Gärtner, Jan Roth, leitet den Verband von Ostwald.",
		"Die Chefin der Werft sprach mit dem Bürgermeister von Aulendorf über das Dach und die Halle.",
		"DER Kreis, DES Landes, VON oben: Das sagte Des Moines nicht.",
		"Ein Haus am See.",
		"",
	} {
		toks := z.tokenize(text, lexDE)
		var derDes, vonGen, object []int
		for k := range toks {
			if derDesDE(&toks[k]) {
				derDes = append(derDes, k)
			}
			if vonOrGenitiveDE(&toks[k]) {
				vonGen = append(vonGen, k)
			}
			if objectArticleDE(&toks[k]) {
				object = append(object, k)
			}
		}
		l.findLinksDE(toks)
		for _, c := range []struct {
			name      string
			got, want []int
		}{{"derDes", l.derDes, derDes}, {"vonGen", l.vonGen, vonGen}, {"object", l.object, object}} {
			if !slices.Equal(c.got, c.want) {
				t.Errorf("%q: %s = %v, want %v", text, c.name, c.got, c.want)
			}
		}
	}
}
