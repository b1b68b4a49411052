package extract

import "strings"

// "“We have a ton of work to do,” said a longtime adviser to the mayor.
// … “The vote is the last hurdle,” the person added.": the speech tag of
// a quotation that names its speaker by a definite description ("the
// person", "the council member", "the group") refers back: to the
// source the text described with that head noun ("a prominent council
// member": describedRefEN, here with words between the article and the
// noun), else, for a general noun of a person or group
// (generalNounEN), to the speaker of the unit right before, the one in
// view.

// maxTagModifiers is the most words between the article and the noun of
// a definite speech tag: a noun phrase's premodifiers ("the bespectacled,
// 71-year-old diplomat") rarely run to more.
const maxTagModifiers = 3

// definiteTagEN returns who a quotation's definite speech tag refers to
// when one of the unit's verbs of saying has one (definiteTagHeadEN): the
// source described with its head noun, else for a general noun
// (generalNounEN) the claimant of the unit right before (sinceClaim 1)
// unless that is several; "" otherwise. A
// document's noun ("the statement said": documentRefEN) and a source
// counted apart ("the second official": ordinalSourceEN) are left to
// their rules.
func (d *docState) definiteTagEN(u *claimUnit) string {
	for _, v := range u.verbs {
		h := definiteTagHeadEN(u.toks, v)
		if h < 0 || documentNounEN(u.toks[h].low) {
			continue
		}
		if c := d.descEN[u.toks[h].low]; c != "" {
			return c
		}
		if generalNounEN(u.toks[h].low) && d.sinceClaim == 1 && d.prevClaim != "" && !strings.Contains(d.prevClaim, "; ") {
			return d.prevClaim
		}
	}
	return ""
}

// definiteTagHeadEN returns the head noun of the definite description
// that is the subject of the verb of saying v in a quotation's speech
// tag: the quotation closes right before the description ("“…,” the
// person added") or right before the verb ("“…,” said the person."),
// the description "the" or "this", at most maxTagModifiers words and a
// noun in lower case (definiteTagStartEN), after the verb running to the
// end of the clause or to "who"; -1 when there is none.
func definiteTagHeadEN(toks []token, v int) int {
	if e := verbGroupStartEN(toks, v); e >= 3 {
		if s := definiteTagStartEN(toks, e-1); s >= 1 && quoteBeforeEN(toks, s) {
			return e - 1
		}
	}
	if !quoteBeforeEN(toks, v) {
		return -1
	}
	for h := v + 2; h < len(toks) && h <= v+2+maxTagModifiers; h++ {
		if (h+1 == len(toks) || toks[h+1].is(tPunct) || toks[h+1].low == "who") && definiteTagStartEN(toks, h) == v+1 {
			return h
		}
	}
	return -1
}

// definiteTagStartEN returns the position of "the" or "this" that opens a
// description whose noun, a lower-case word, is at h, with at most
// maxTagModifiers words between them (commas between adjectives
// allowed; no quotation mark, verb, auxiliary, pronoun or word that
// counts a source apart: ordinalApartEN); -1 when there is none.
func definiteTagStartEN(toks []token, h int) int {
	if toks[h].is(tCap) || toks[h].is(tPunct) || toks[h].cat&(cAux|cSpeech|cModal|cPronM|cPronF|cDet) != 0 {
		return -1
	}
	words := 0
	for j := h - 1; j >= 0; j-- {
		t := &toks[j]
		if t.low == "the" || t.low == "this" {
			return j
		}
		if t.is(tQuote) || t.cat&(cAux|cSpeech|cModal|cPronM|cPronF|cDet) != 0 || ordinalApartEN(t.low) {
			return -1
		}
		if t.is(tPunct) && t.p != ',' && !gluedPunct(toks, j) {
			return -1
		}
		if !t.is(tPunct) {
			words++
		}
		if words > maxTagModifiers {
			return -1
		}
	}
	return -1
}

// quoteBeforeEN reports whether a quotation mark closes right before token
// k, perhaps with a comma after it ("…,” the person said", "…” said").
func quoteBeforeEN(toks []token, k int) bool {
	return k >= 1 && toks[k-1].is(tQuote) || k >= 2 && toks[k-1].p == ',' && toks[k-2].is(tQuote)
}

// generalNounEN reports whether w is a general noun for a person or a
// group ("the person", "the woman", "the group", "the organization"):
// a noun that describes nothing of its own, so that a definite one can
// only take up someone in view.
func generalNounEN(w string) bool {
	return foldIn(w, "person", "man", "woman", "group", "organization", "organisation")
}
