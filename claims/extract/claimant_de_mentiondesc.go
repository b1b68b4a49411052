package extract

import "strings"

// "Die Jury des Harbor-Verbandes tagte. … Die Jury nennt den Film …": a
// noun the text named with the body it belongs to, in a unit that claims
// nothing, is that description when it later stands alone as the
// claimant, as after a claimant that gave it (describedDE).

// noteMentionDescsDE records, for describedDE, each description the unit
// gives after an article: a capitalised noun (describableNounDE), then
// "des" or "der" with perhaps lower-case adjectives, or "vom", and
// capitalised words ("die Jury des Bayerischen Verbands", "ein Journalist
// der Harbor Post", "die Ärzte vom Spital Basel"); not a description with
// a date in it ("das Institut der vergangenen Woche") nor one a name in
// apposition follows ("Die Wehrbeauftragte des Landtags, Mira Ostdahl,"),
// whose noun then stands for the person. "von" is left out: it also
// follows verbs ("geht die Polizei von einem Unfall aus"). A noun that
// already has a description keeps it.
func (d *docState) noteMentionDescsDE(toks []token, text string) {
	for i := 1; i+2 < len(toks); i++ {
		link := toks[i+1].low
		if toks[i-1].cat&cDet == 0 || !capWord(&toks[i]) || link != "des" && link != "der" && link != "vom" {
			continue
		}
		noun := text[toks[i].s:toks[i].e]
		if d.descs[noun] != "" || !describableNounDE(noun) {
			continue
		}
		j := i + 2
		for link != "vom" && j < len(toks) && lowerWord(&toks[j]) && inflectedDE(toks[j].low) {
			j++ // "des Bayerischen", "der deutschen"
		}
		if j >= len(toks) || !capWord(&toks[j]) {
			continue
		}
		e := capRun(toks, text, j, true)
		if e <= j || datedSpanDE(toks, i+2, e) || e+1 < len(toks) && toks[e].p == ',' && capWord(&toks[e+1]) {
			continue
		}
		if d.descs == nil {
			d.descs = map[string]string{}
		}
		d.descs[noun] = text[toks[i].s:toks[e-1].e]
	}
}

// datedSpanDE reports whether a word of toks[s:e] names a time: a month,
// a weekday, a noun of time or an adjective of the past ("vergangenen").
func datedSpanDE(toks []token, s, e int) bool {
	for k := s; k < e; k++ {
		if toks[k].cat&(cMonth|cWeekday|cTimeNoun|cPastAdj|cRelDate) != 0 {
			return true
		}
	}
	return false
}

// describableNounDE reports whether a capitalised noun may stand for the
// description it heads: not an acronym, which names a body itself ("die
// OSZE der Wahlkommission vorwerfen": a dative after it), nor a noun of a
// document or communication, whose issuer other rules name ("Studie des
// Ministeriums"), nor a noun of kinship, which names a person the text
// knows ("die Mutter der Schülerin").
func describableNounDE(noun string) bool {
	low := strings.ToLower(noun)
	return !acronymWord(noun) && !foldIn(noun, docFormsDE[:]...) && !docCompoundDE(noun) && !communicationNounsDE[low] && !kinNounsDE[low]
}
