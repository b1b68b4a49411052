package extract

// An English epithet after the verb of saying, the inverted order of
// quotations ("“…,” said the Green nominee."): like "the former
// governor said" before the verb (epithetBeforeEN), it names the person
// the text has named with that role or, without one, the person in view.

// epithetAfterEN returns the person an epithet names when it follows the
// English verb of saying v right after a quotation or comma: "the", at
// most three modifiers and a noun for a person (epithetNounEN) that ends
// the clause. A role the text gave someone before a name gives that
// person ("said the senator" after "Sen. Ann Lee"). "" otherwise, and for
// verbs that take an addressee ("told the senator").
func (d *docState) epithetAfterEN(toks []token, v int, lex lexicon) string {
	if v == 0 || !toks[v-1].is(tQuote) && toks[v-1].p != ',' || !sayingVerbEN(toks[v].low) || addresseeVerbEN(toks[v].low) {
		return ""
	}
	s := v + 1
	if s+1 >= len(toks) || toks[s].low != "the" {
		return ""
	}
	for e := s + 1; e < len(toks) && e-s <= 4; e++ {
		t := &toks[e]
		if t.is(tPunct) || t.is(tQuote) {
			return ""
		}
		if t.is(tCap) || !epithetNounEN(t, lex) || !epithetEndEN(toks, e+1) {
			continue
		}
		if r := roleOf(t, lex); r != "" && d.roles[r] != "" {
			return d.roles[r]
		}
		if ageEpithetEN(t.low) {
			return d.agePersonEN() // "…,” said the 31-year-old." (claimant_en_ageepithet.go)
		}
		return d.epithetPersonEN()
	}
	return ""
}

// epithetEndEN reports whether the clause of an epithet ends before token
// k: at the unit's end, a full stop, a comma not followed by a name ("…,
// said the senator, Ann Lee" names her), or a relative "who".
func epithetEndEN(toks []token, k int) bool {
	if k >= len(toks) || toks[k].low == "who" || toks[k].p == '.' {
		return true
	}
	return toks[k].p == ',' && (k+1 >= len(toks) || !toks[k+1].is(tCap))
}
