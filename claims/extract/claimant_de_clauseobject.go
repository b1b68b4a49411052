package extract

// "…, der da vorne Sätze sagt wie …", "wenn Berger etwas Albernes sagt",
// "Als der Bauer dem Vogt sein Unglück klagte": in a German clause whose
// verb of saying comes last, the noun right before the verb is its object
// when the clause has named its subject already, after the word that opens
// the clause (a pronoun, a relative pronoun, an article with its noun, a
// person the text knows). Only a subject that opens the clause ("weil
// Virologen warnen", "Er hat Details genannt" has "er") leaves the noun
// before the verb a candidate.

// clauseObjectDE reports whether the capitalised word at k, right before
// the verb of saying v (perhaps after an article, a possessive and
// adjectives: "sein Unglück", "etwas Albernes"), follows the subject of
// its own clause: between the clause's start (the unit's start, a comma,
// a quotation mark or a subordinating conjunction) and that noun phrase
// stands a nominative pronoun, a relative pronoun right after a comma, an
// article with a capitalised noun, or a person the text knows; not when
// the phrase is a genitive after a noun ("Die Veranstalter der Demo
// schreiben").
func (d *docState) clauseObjectDE(toks []token, text string, k, v int) bool {
	if k != v-1 || k == 0 {
		return false
	}
	np := k
	for np > 0 && np-k < 4 && !toks[np-1].is(tCap) && !toks[np-1].is(tPunct) && (toks[np-1].cat&cDet != 0 || possessive[toks[np-1].low] || inflectedDE(toks[np-1].low) || toks[np-1].low == "etwas" || toks[np-1].low == "nichts") {
		np-- // "sein Unglück", "etwas besonders Albernes"
	}
	if np > 0 && capWord(&toks[np-1]) && genitiveArticleDE(toks[np].low) {
		return false // "Die Veranstalter der neuen Demonstration schreiben": a genitive of the subject
	}
	start := np
	for start > 0 && !toks[start-1].is(tPunct) && !toks[start-1].is(tQuote) && !clauseOpenerDE(toks[start-1].low) {
		start--
	}
	if start > 0 && toks[start-1].p == ',' && start < np {
		switch toks[start].low {
		case "der", "die", "welcher", "welche":
			if start+1 < np && !toks[start+1].is(tCap) {
				return true // "…, der da vorne Sätze sagt"
			}
		}
	}
	for i := start; i < np; i++ {
		t := &toks[i]
		switch t.low {
		case "er", "sie", "wir", "ich", "man":
			return true // "Er hat Details genannt", "wenn sie ihr Leid klagt"
		case "der", "die", "das", "ein", "eine":
			if i+1 < np && capWord(&toks[i+1]) && (i == 0 || !prepositionDE(toks[i-1].low)) {
				return true // "Als der Bauer dem Vogt sein Unglück klagte"
			}
		}
		if capWord(t) && d.personIn(toks, text, i, i+1) {
			return true // "wenn Berger etwas Albernes sagt"
		}
	}
	return false
}

// genitiveArticleDE reports whether w can be the article of a genitive.
func genitiveArticleDE(w string) bool {
	return w == "der" || w == "des" || w == "eines" || w == "einer"
}

// clauseOpenerDE reports whether w opens a German subordinate clause.
func clauseOpenerDE(w string) bool {
	switch w {
	case "dass", "weil", "wenn", "als", "ob", "obwohl", "nachdem", "während", "sobald", "bevor", "damit", "falls", "seitdem", "solange", "wie":
		return true
	}
	return false
}
