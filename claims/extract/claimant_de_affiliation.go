package extract

import "strings"

// German news name a person with the body they belong to after "von" or
// "vom": "Patrick Roth vom Arbeitskreis Klima forderte …", "…, sagt Roth von
// der Beratungsfirma Lumina". The person speaks; the body only places
// them.

// affiliatedSubjectDE returns the person who opens the clause of the verb
// v when the clause before v is a name of two words or more, "von" or
// "vom" and a body ("Patrick Roth vom Arbeitskreis Klima forderte"),
// perhaps after an article and a noun that describes the person ("Der
// Forscher Tim Lenz von der Universität Kiel");
// else "". "von" and one word right before the verb belong to the name
// ("Eva von Lüttwitz sagte").
func (d *docState) affiliatedSubjectDE(toks []token, text string, v int, lex lexicon) string {
	c := clauseStart(toks, v)
	if c < v && toks[c].low == "auch" {
		c++
	}
	if c+3 < v && (toks[c].low == "der" || toks[c].low == "die") && capWord(&toks[c+1]) && capWord(&toks[c+2]) && capWord(&toks[c+3]) {
		c += 2 // "Der Forscher Tim Lenz von der Universität Kiel …": the noun that describes the person
	}
	e := c
	for e < v && capWord(&toks[e]) && toks[e].cat&cDet == 0 && roleOf(&toks[e], lex) == "" {
		e++
	}
	if e-c < 2 || e >= v || toks[e].low != "von" && toks[e].low != "vom" {
		return ""
	}
	if toks[e].low == "von" && e+2 == v {
		return "" // "Michael von Lüttwitz sagte": "von" in the name
	}
	for k := e + 1; k < v; k++ {
		if !capWord(&toks[k]) && toks[k].cat&cDet == 0 && !toks[k].is(tQuote) {
			return "" // the clause goes on before the verb: not a name and its body
		}
	}
	who := d.nameAt(toks[:e], text, c, true, lex, false, false)
	if strings.IndexByte(who, ' ') < 0 {
		return ""
	}
	return who
}

// affiliationCutDE cuts "von" and the body off a claimant that opens with
// a name the text knows as a person's ("Roth von CBRE" → "Roth"); a
// first name alone ("Michael von Lüttwitz") or a title ("Züchter von
// Lüttwitz") is no such name.
func (d *docState) affiliationCutDE(who string) string {
	k := strings.Index(who, " von ")
	if k < 0 {
		k = strings.Index(who, " vom ")
	}
	if k < 0 || strings.IndexByte(who, ';') >= 0 {
		return who
	}
	p, ok := d.lookup(who[:k])
	if !ok || strings.IndexByte(p.name, ' ') < 0 || !strings.HasSuffix(p.name, who[:k]) || !plainName(p.name) {
		return who
	}
	return who[:k]
}

// frontedPhraseSubjectDE returns the subject after the verb of saying v
// when a phrase with "als" or a preposition, or a date, fills the Vorfeld ("Als
// Beispiel nannte die NASA …", "In Berlin sagte der Sprecher …"): the noun
// phrase that opens the Mittelfeld; "" otherwise.
func (d *docState) frontedPhraseSubjectDE(toks []token, text string, v int, lex lexicon) string {
	c := clauseStart(toks, v)
	if c >= v || toks[c].low != "als" && !prepositionsBeforeDE[toks[c].low] && !dateOnlySpan(toks, c, v) {
		return "" // a date may fill it too: "Letzten Dienstag kündigte die Stadt an"
	}
	for k := c + 1; k < v; k++ {
		if toks[k].is(tPunct) || toks[k].cat&(cSpeech|cAux) != 0 {
			return ""
		}
	}
	plural := strings.HasSuffix(toks[v].low, "n") // "erzählten sie": a group, no person
	return d.mittelfeldSubjectDE(toks, text, v+1, lex, plural)
}
