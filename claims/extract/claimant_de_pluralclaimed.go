package extract

import "strings"

// "Auch kleine Reedereien erklären, die Lage sei ernst. Sie warnen, …": a
// claimant that opens its unit as the subject of a verb in the plural is a
// group, though no group noun (groupNounsDE) ends it, and a plural "sie"
// in the units right after refers to it.

// notePluralClaimedDE remembers the German unit's claimant who for a
// plural "sie" after it when the unit opens with who (bodyFirstDE) as the
// subject of a finite verb in the plural ("Kleine Reedereien erklären",
// "Die Wirte erklärten"); pluralSieDE.note keeps groups by their form.
// Without an article, the subject as written is kept when the claimant is
// shorter ("Reedereien" for "Auch kleine Reedereien erklären").
func (d *docState) notePluralClaimedDE(toks []token, text, who string) {
	if who == "" || pluralClaimantDE(who) || strings.Contains(who, ";") {
		return
	}
	for v := 1; v < len(toks) && v <= 6; v++ {
		if !pluralFiniteDE(&toks[v]) {
			continue
		}
		g := bodyFirstDE(toks, text, v)
		if g == "" {
			continue // "Die kleinen …": an adjective, no verb
		}
		if lastWord(g) == lastWord(who) {
			if articleFirstDE(toks) >= 0 || len(g) < len(who) {
				g = who // "die kleinen Reedereien": the claimant in the nominative
			}
			d.pluralSie.who, d.pluralSie.unit = g, d.units // "Auch kleine Reedereien" when the claimant is "Reedereien"
		}
		return
	}
}
