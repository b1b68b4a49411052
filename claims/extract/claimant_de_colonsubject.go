package extract

import "strings"

// A colon that opens a quotation does the work of a verb of saying for
// the subject of its clause (claimant_de_colon.go). colonQuoteSpeakerDE
// reads pronouns and persons the text named before; colonSubjectDE reads
// the other subjects by their place in the German main clause: a body or
// role noun with its article before the finite verb ("Doch der Verband ist
// optimistisch: „…“", "Die Ministerin dazu: „…“"), or right after a
// finite verb that follows one opening word ("Hier sparte der Präsident
// nicht mit Kritik: „…“").

// colonSubjectDE returns the subject of the clause before a colon that
// opens a quotation when it is a body, a group or a role by its head noun
// (speakerByFormDE) or a name the text knows: a nominative article and
// its noun opening the clause (after a conjunction such as "Doch"), or an
// article and noun right after the verb in second place; a role noun is
// the person the text named with that role. "" for anything else
// ("Der Text lautete: …", "Gerade jetzt: …").
func (d *docState) colonSubjectDE(toks []token, text string, lex lexicon) string {
	c := colonQuoteDE(toks, text)
	if c < 2 {
		return ""
	}
	a := 0
	if coordinatorDE(toks[0].low) {
		a = 1
	}
	if a+1 < c && nominativeArticleDE(toks[a].low) && toks[a].low != "ein" && toks[a].low != "eine" {
		return d.colonNounDE(toks, text, a, c, lex) // "Die Ministerin dazu: „…“"
	}
	if c > 3 && (adverbsDE[toks[0].low] || adverbDE[toks[0].low]) && lowerWord(&toks[1]) && (toks[2].low == "der" || toks[2].low == "die" || toks[2].low == "das") {
		return d.colonNounDE(toks, text, 2, c, lex) // "Hier sparte der Präsident nicht mit Kritik: „…“"
	}
	return ""
}

// colonNounDE reads the noun phrase after the article at token a, before
// the colon at c: up to two adjectives, a run of capitalised words, and
// then the finite verb, an adverb or the colon itself. It returns the
// run when it names a body, a group, a role or a known name; a role noun
// the text gave a person (d.roles) is that person.
func (d *docState) colonNounDE(toks []token, text string, a, c int, lex lexicon) string {
	i := a + 1
	for i < c && i-a <= 2 && lowerWord(&toks[i]) && toks[i].cat&cDet == 0 && inflectedDE(toks[i].low) {
		i++ // "der regionale Verband"
	}
	if i >= c || !capWord(&toks[i]) || toks[i].cat&(cNotName|cDet) != 0 {
		return ""
	}
	e := capRun(toks, text, i, true)
	if e > c || e < c && !lowerWord(&toks[e]) {
		return "" // the clause goes on with a comma, a name or a quotation
	}
	who := text[toks[i].s:toks[e-1].e]
	if _, ok := d.lookup(who); !ok && !colonBodyDE(who) {
		return ""
	}
	return nominativeDE(toks[a].low, text[toks[a+1].s:toks[e-1].e])
}

// colonBodyDE reports whether the German name who is an acronym ("DFL")
// or a body or a group by its head noun (last word, or first before a
// genitive): not a role, as a
// role noun before a colon opens narration as often ("Der König verfügte:
// …").
func colonBodyDE(who string) bool {
	return acronymWord(who) || bodyHeadDE(lastWord(who)) != "" || groupNounsDE[strings.ToLower(lastWord(who))] || bodyHeadFirstDE(who)
}
