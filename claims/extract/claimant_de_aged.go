package extract

import "strings"

// German news refer back to a person by age: "…“, sagt der 48-Jährige",
// "schrieb die 57-Jährige". Like a pronoun, the article gives the gender
// and the person is one the text just named.

// agedDE resolves "der/die N-Jährige" right after the verb of saying v
// (perhaps after one adverb: "betont der 55-Jährige", "warnte der
// 67-Jährige einmal mehr") as a pronoun of the article's gender; "" when
// no such phrase follows.
func (d *docState) agedDE(toks []token, v int) string {
	i := v + 1
	if i < len(toks) && toks[i].flags&(tCap|tPunct|tNum) == 0 && toks[i].cat&cDet == 0 {
		i++ // "sagt jetzt der 48-Jährige"
	}
	if i+1 >= len(toks) || !toks[i+1].is(tNum) || !strings.HasSuffix(toks[i+1].low, "-jährige") {
		return "" // one token: "48-Jährige"
	}
	var g byte
	switch toks[i].low {
	case "der":
		g = 'm'
	case "die":
		g = 'f'
	default:
		return ""
	}
	return d.agedPersonDE(g)
}
