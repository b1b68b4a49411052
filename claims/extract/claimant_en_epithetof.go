package extract

// An English epithet with a complement of place or body before the verb
// of saying ("the senator from Norland said", "But, the former chief of
// Harbor Air added, …"): the capitalised words after "of" or "from" only
// place the person, who is the one the text gave that role or, without
// one, the person in view (epithetPersonEN), as for "the former senator
// said" (epithetBeforeEN).

// epithetOfEN returns the person an epithet with a complement names when
// it is the subject of the English verb of saying v (sayingVerbEN):
// "the", at most three modifiers, a noun for a person in lower case
// (epithetNounEN), "of" or "from" and one to four capitalised words right
// before the verb, the whole opening its clause. "" otherwise.
func (d *docState) epithetOfEN(toks []token, v int, lex lexicon) string {
	if !sayingVerbEN(toks[v].low) {
		return ""
	}
	e := verbGroupStartEN(toks, v)
	s := capRunStart(toks, e)
	if s == e || e-s > 4 || s < 3 || !foldIn(toks[s-1].low, "of", "from") {
		return ""
	}
	n := s - 2
	if t := &toks[n]; t.is(tCap) || t.is(tPunct) || !epithetNounEN(t, lex) {
		return ""
	}
	for k := n - 1; k >= 0 && n-k <= 4; k-- {
		t := &toks[k]
		if t.is(tPunct) && !gluedPunct(toks, k) || t.is(tQuote) {
			return ""
		}
		if t.low != "the" {
			continue
		}
		if k > 0 && !toks[k-1].is(tPunct) && !toks[k-1].is(tQuote) {
			return ""
		}
		if r := roleOf(&toks[n], lex); r != "" && d.roles[r] != "" {
			return d.roles[r]
		}
		return d.epithetPersonEN()
	}
	return ""
}
