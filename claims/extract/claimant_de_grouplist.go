package extract

import "strings"

// "Politiker von Nordpartei, Bürgerliste und Grünen fordern …": members of
// several bodies as one subject. The readers of co-ordinated subjects gave
// the last two names ("Bürgerliste; Grünen": the first dropped, the dative
// kept); the training labels write such a subject whole, as the text gives
// it ("Abgeordnete von …, … und …").

// memberNounsDE are German plural nouns of members or representatives of
// bodies (closed class).
var memberNounsDE = map[string]bool{
	"politiker": true, "politikerinnen": true, "abgeordnete": true, "vertreter": true,
	"vertreterinnen": true, "mitglieder": true, "funktionäre": true, "delegierte": true,
}

// groupOfListDE returns the whole subject "<member noun> von A, B und C"
// that opens the unit when who names only bodies of its list; who
// otherwise.
func groupOfListDE(toks []token, text, who string) string {
	if who == "" || len(toks) < 5 || !capWord(&toks[0]) || !memberNounsDE[toks[0].low] || toks[1].low != "von" {
		return who
	}
	e, conj := 2, false
	for e < len(toks) {
		switch t := &toks[e]; {
		case capWord(t):
		case t.is(tPunct) && t.p == ',' && e > 2 && capWord(&toks[e-1]):
		case (t.low == "und" || t.low == "sowie") && e > 2 && capWord(&toks[e-1]):
			conj = true
		default:
			if !conj || !capWord(&toks[e-1]) {
				return who
			}
			list := text[toks[2].s:toks[e-1].e]
			for _, n := range strings.Split(who, "; ") {
				if !strings.Contains(list, n) {
					return who
				}
			}
			return text[toks[0].s:toks[e-1].e]
		}
		e++
	}
	return who
}
