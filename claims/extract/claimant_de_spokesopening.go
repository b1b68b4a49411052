package extract

import "strings"

// "Die Staatsanwaltschaft ermittelt wegen Erpressung. Ein Sprecher sagte,
// …": a spokesperson without a body, right after a unit whose subject,
// opening it, is a body, speaks for that body, even when that unit
// narrates an act and names no claimant; not for a body the text named
// further back (bareSpokesDE).

// spokesBodyHeadsDE are nouns of bodies, beside those of bodyNounDE and
// kindHeadDE, that end the compound names of bodies with spokespeople:
// chains of shops, dioceses and churches.
var spokesBodyHeadsDE = [...]string{"kette", "bistum", "kirche"}

// openingBodyNameDE returns the body that opens a German unit as its
// subject: a definite article, perhaps lower-case adjectives, and
// capitalised words the first of which is or ends in a noun of a body,
// with its remit ("Das Landesamt für Umwelt warnte"), right before a
// lower-case word ("Die Staatsanwaltschaft ermittelt", "Die Drogeriekette
// Brandtner nahm"); after a kind noun alone its name
// ("Die Firma Velomax ruft" → "Velomax"); "" otherwise.
func openingBodyNameDE(toks []token, text string) string {
	if len(toks) < 3 || toks[0].low != "der" && toks[0].low != "die" && toks[0].low != "das" {
		return ""
	}
	k := 1
	for k < len(toks) && k < 3 && lowerWord(&toks[k]) && inflectedDE(toks[k].low) {
		k++ // "Die zuständige Staatsanwaltschaft"
	}
	if k >= len(toks) || !capWord(&toks[k]) {
		return ""
	}
	w := text[toks[k].s:toks[k].e]
	if !bodyNounDE(w) && kindHeadDE(w) == "" && !spokesBodyHeadDE(w) {
		return ""
	}
	e := capRun(toks, text, k, true)
	if r := forRemitEndDE(toks, k); r > e {
		e = r // "Das Bundesministerium für Verbraucherschutz will"
	}
	if e >= len(toks) || !lowerWord(&toks[e]) || toks[e].cat&cDet != 0 {
		return "" // "Die Polizei der Stadt …": a genitive follows, the name goes on
	}
	if kindHeadDE(w) == w && e > k+1 {
		k++ // "Die Firma Velomax" → "Velomax"
	}
	return text[toks[k].s:toks[e-1].e]
}

// spokesBodyHeadDE reports whether w ends in one of spokesBodyHeadsDE.
func spokesBodyHeadDE(w string) bool {
	for _, h := range spokesBodyHeadsDE {
		if hasSuffixFold(w, h) {
			return true
		}
	}
	return false
}

// openingSpokesBodyDE returns the body a bare spokesperson speaks for by
// the unit right before: its claimant when that names the body it opened
// with ("Das Bistum wies … zurück" → "Bistum Rheinfeld"), else the body it
// opened with; "" when it opened with none.
func (d *docState) openingSpokesBodyDE() string {
	b := d.prevOpenBodyDE
	if b == "" {
		return ""
	}
	if d.sinceClaim == 1 && strings.Contains(d.prevClaim, firstWord(b)) {
		return d.prevClaim
	}
	return b
}
