package extract

// "Anwohner werfen Brenner Untätigkeit beim Lärmschutz vor", "Die
// Gutachter werfen Brenner schlampige Akten vor": "vorwerfen" and "vorhalten" (to reproach) take the
// person reproached in the dative right after the verb, so a name there
// is the object, not the subject, when a noun phrase before the verb is
// the subject (nameAfterVerb asks reproachObjectDE, as it asks
// objectAfterVerbDE for a lone noun).

// reproachFormsDE are the finite forms of "werfen" and "halten" that,
// with "vor" closing the clause, mean to reproach (closed class).
var reproachFormsDE = map[string]bool{"wirft": true, "werfen": true, "warf": true, "warfen": true,
	"hält": true, "halten": true, "hielt": true, "hielten": true}

// reproachVerbDE reports whether token v is a finite form of "vorwerfen"
// or "vorhalten" whose separated particle "vor" closes its clause.
func reproachVerbDE(toks []token, v int) bool {
	if !reproachFormsDE[toks[v].low] {
		return false
	}
	e := v + 1
	for e < len(toks) && !clauseBreak(&toks[e]) && !toks[e].is(tPunct) {
		e++
	}
	return e-1 > v+1 && toks[e-1].low == "vor"
}

// reproachObjectDE reports whether the name right after the verb at v is
// the person reproached: v is a form of "vorwerfen" or "vorhalten"
// (reproachVerbDE) and a noun or a nominative pronoun closes the Vorfeld
// right before it (nounOrSubjectPronounDE), its clause opened by no
// preposition or adverb ("Dagegen warf Jan Roth der Stadt vor": Roth is the
// subject after an adverb).
func reproachObjectDE(toks []token, v int) bool {
	if v < 1 || !reproachVerbDE(toks, v) || !nounOrSubjectPronounDE(&toks[v-1]) {
		return false
	}
	w := toks[clauseStart(toks, v)].low
	return !prepositionsBeforeDE[w] && !adverbsDE[w]
}
