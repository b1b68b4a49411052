package extract

// "The pilots’ union said …", "Harbor City firefighters’ association
// warned …": a plural noun in the possessive, its apostrophe written as a
// token of its own, and one or two nouns after it as the subject of the
// verb of saying; that phrase is the claimant.

// pluralPossessiveEN returns the subject of the English verb of saying v
// when it is a lower-case plural in the possessive (perhaps after
// capitalised words) followed by one or two lower-case nouns that reach
// the verb, opening the clause; "" otherwise.
func pluralPossessiveEN(toks []token, text string, v int) string {
	e := subjectEndEN(toks, auxiliaryStartEN(toks, v))
	for q := e - 2; q >= 1 && q >= e-3; q-- {
		if !possessiveApostropheEN(toks, text, q) || !nounRunEN(toks[q+1:e]) {
			continue
		}
		s := capRunStart(toks, q-1)
		if s < q-1 && toks[s].cat&cDet != 0 {
			s++ // "The pilots’ union": without the article
		}
		if !subjectStartEN(toks, s) {
			return ""
		}
		return text[toks[s].s:toks[e-1].e]
	}
	return ""
}

// possessiveApostropheEN reports whether token q is an apostrophe glued
// to a lower-case word in -s before it and followed by a space: the
// possessive of a plural ("workers’ union"), not a quotation mark; the
// word may be capitalised when it opens the unit ("Teachers’ unions").
func possessiveApostropheEN(toks []token, text string, q int) bool {
	t, w := &toks[q], &toks[q-1]
	if !t.is(tQuote) || q+1 >= len(toks) || t.s != w.e || toks[q+1].s == t.e {
		return false
	}
	a := text[t.s:t.e]
	lower := lowerWord(w) || q == 1 && capWord(w) // "Teachers’ unions said": the plural opens the sentence
	return (a == "'" || a == "’") && lower && w.cat == 0 && len(w.low) > 3 && w.low[len(w.low)-1] == 's'
}

// nounRunEN reports whether toks are lower-case words of no closed class,
// taken for nouns.
func nounRunEN(toks []token) bool {
	for i := range toks {
		if !lowerWord(&toks[i]) || toks[i].cat != 0 {
			return false
		}
	}
	return len(toks) > 0
}
