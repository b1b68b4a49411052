package extract

import "strings"

// "Its spokesman, Emmett Dray, said a similar law cut permits", "Ann Lee,
// a county planner, said a new road …": a subject with an apposition set
// off by the comma before the verb of saying. The words after the verb
// are then what was said, not a described source named after it ("…,
// said a spokesman" follows a statement, not a subject).

// appositionSubjectEN reports whether the comma right before the English
// verb of saying v closes an apposition of a subject that opens the unit:
// two segments before v, split by one comma and without other
// punctuation (an abbreviation's stops and apostrophes aside), one a name (capitalised
// words, "the" allowed before them) and the other a noun phrase opened by
// a determiner or a possessive ("the union", "its spokesman", "a county
// planner"), or both names.
func appositionSubjectEN(toks []token, v int) bool {
	if v < 4 || toks[v-1].p != ',' {
		return false
	}
	c := -1
	for k := v - 2; k >= 0; k-- {
		if !toks[k].is(tPunct) || gluedPunct(toks, k) || abbrevStopEN(toks, k) || pluralApostropheEN(toks, k) {
			continue
		}
		if toks[k].p != ',' || c >= 0 {
			return false
		}
		c = k
	}
	if c < 1 || c > 6 || v-1-c-1 < 1 || v-1-c-1 > 12 {
		return false
	}
	a, b := segmentNameEN(toks, 0, c), segmentNameEN(toks, c+1, v-1)
	return a && (b || nounPhraseOpenEN(toks[c+1].low)) || b && nounPhraseOpenEN(toks[0].low)
}

// segmentNameEN reports whether toks[s:e] is a name: capitalised words
// (with an abbreviation's stops), "the" allowed before them.
func segmentNameEN(toks []token, s, e int) bool {
	if s < e && toks[s].low == "the" {
		s++
	}
	return s < e && capRunStart(toks, e) <= s
}

// nounPhraseOpenEN reports whether w, in lower case, opens an English
// noun phrase: an article, "one" or a possessive determiner.
func nounPhraseOpenEN(w string) bool {
	return foldIn(w, "the", "a", "an", "one", "its", "his", "her", "their", "our", "my", "your")
}

// pluralApostropheEN reports whether token k is a quotation mark glued to
// a word in -s before it and followed by a space: the apostrophe of a
// plural's possessive ("the growers' union").
func pluralApostropheEN(toks []token, k int) bool {
	t := &toks[k]
	return t.is(tQuote) && k > 0 && k+1 < len(toks) && t.s == toks[k-1].e && toks[k+1].s > t.e &&
		!toks[k-1].is(tPunct) && strings.HasSuffix(toks[k-1].low, "s")
}
