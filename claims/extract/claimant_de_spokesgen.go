package extract

import "strings"

// "Nach Angaben eines Polizeisprechers", "nach Angaben einer Sprecherin
// der Stadt": the source is a spokesperson named by an indefinite article
// in the genitive. The labels write the noun in the nominative, with the
// body it speaks for ("Sprecher der Polizei", "Polizeisprecher").

// spokesGenitiveDE returns the spokesperson whose genitive noun stands at
// token k after "eines"/"einer" ("Polizeisprechers" → "Polizeisprecher"),
// with the body after "der"/"des"/"von" ("Sprechers der Stadt" →
// "Sprecher der Stadt"); "" when no such noun stands there. Token k may
// be the article itself (the lexicon does not count "eines" as one).
func spokesGenitiveDE(toks []token, text string, k int) string {
	if k < len(toks) && (toks[k].low == "eines" || toks[k].low == "einer") {
		k++
	}
	if k < 1 || k >= len(toks) || !capWord(&toks[k]) || toks[k-1].low != "eines" && toks[k-1].low != "einer" {
		return ""
	}
	noun := text[toks[k].s:toks[k].e]
	if strings.HasSuffix(noun, "ers") {
		noun = noun[:len(noun)-1] // "Sprechers"
	}
	if !spokesNounDE(strings.ToLower(noun)) {
		return ""
	}
	if k+2 < len(toks) && genitiveLinkDE(toks[k+1].low) {
		if e := bodyEndDE(toks, k+2); e > k+2 {
			return noun + " " + text[toks[k+1].s:toks[e-1].e] // "Sprecher der Stadt"
		}
	}
	return noun
}
