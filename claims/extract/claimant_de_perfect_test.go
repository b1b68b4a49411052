package extract

import "testing"

// TestPerfectSubjectDE checks the subject of a German verb of saying in
// the perfect: the noun phrase after the auxiliary after a quotation or a
// fronted adverbial, the Vorfeld when it is the subject, nobody for a
// negated verb or "für … erklärt" (a ruling).
func TestPerfectSubjectDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"„Wir bleiben hier“, hatte Jonas Brenner am Montag gesagt.":          "Jonas Brenner",
		"Zuvor hatte die Stadtverwaltung den neuen Plan kritisiert.":         "Stadtverwaltung",
		"Ole Wendt hatte die Pläne der Stadt scharf kritisiert.":             "Ole Wendt",
		"Um Geld zu sparen, hat Ole Wendt Kürzungen und Pausen angekündigt.": "Ole Wendt",
		"Wie lang das dauert, hat Ole Wendt noch nicht verkündet.":           "",
		"Zuvor hatten Ärzte ein „ungezieltes“ Testen kritisiert.":            "Ärzte",
		"Ein Gericht hat den neuen Vertrag für nichtig erklärt.":             "",
	})
}

// TestPerfectAuxBefore checks that only a participle that closes its
// clause after a finite "haben" has an auxiliary.
func TestPerfectAuxBefore(t *testing.T) {
	var z tokenizer
	for _, c := range []struct {
		text string
		v    int
		want int
	}{
		{"Sie hatte den Plan kritisiert.", 4, 1},
		{"Sie kritisiert den Plan.", 1, -1},
		{"Sie hatte, wie sie sagte, kritisiert.", 6, -1},
	} {
		toks := z.tokenize(c.text, lexDE)
		if got := perfectAuxBefore(toks, c.v); got != c.want {
			t.Errorf("perfectAuxBefore(%q, %d) = %d, want %d", c.text, c.v, got, c.want)
		}
	}
}
