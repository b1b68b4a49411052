package extract

// "Political commentator Aroha Tipene, of Westbury University, said …",
// "Senior analyst Tom Reed, at Harbor Capital, told …": a sentence opens
// with a role in lower case, perhaps after an adjective, and a name, and
// an apposition between commas stands between the name and the verb of
// saying. The name ends the subject, as a name alone before the
// apposition does (appositionEnd); the role's lower-case word keeps
// appositionEnd from reading the opening as a name.

// maxRoleOpening is the most words before the name: an adjective or two
// and the role.
const maxRoleOpening = 3

// roleOpeningEndEN returns the index of the first comma when the English
// unit opens with at most maxRoleOpening words, the last a role in lower
// case (titleShapeEN: "commentator", "analyst"), then two to four
// capitalised words up to that comma, and a second comma closes an
// apposition right before the verb of saying v that opens with a
// preposition of affiliation or an article and holds no other comma or
// full stop; v otherwise.
func roleOpeningEndEN(toks []token, v int) int {
	if v < 6 || toks[v-1].p != ',' {
		return v
	}
	c := -1
	for i := 0; i < v-1; i++ {
		if toks[i].p == ',' {
			c = i
			break
		}
	}
	if c < 3 || c+2 >= v-1 {
		return v
	}
	n := capRunStart(toks, c)
	if c-n < 2 || c-n > 4 || !capSegment(toks, n, c) || n < 1 || n > maxRoleOpening {
		return v
	}
	r := &toks[n-1]
	if r.is(tCap) || r.is(tPunct) || !titleShapeEN(r.low) || r.cat&cDet != 0 {
		return v
	}
	for i := 0; i < n-1; i++ {
		if toks[i].is(tPunct) || toks[i].cat&(cDet|cSpeech) != 0 {
			return v
		}
	}
	if !appositionOpenEN(toks[c+1].low) {
		return v // "DACA recipient Ann Lee, brought to the U.S. when …, remembers": a clause, not an apposition
	}
	for i := c + 1; i < v-1; i++ {
		if toks[i].p == ',' || toks[i].p == '.' && !abbrevStopEN(toks, i) {
			return v
		}
	}
	return c
}

// appositionOpenEN reports whether w, in lower case, opens an apposition
// that places or describes a person: a preposition of affiliation ("of",
// "at", "from", "with") or an article ("a", "an", "the").
func appositionOpenEN(w string) bool {
	return prepOfAffiliationEN(w) || w == "with" || w == "a" || w == "an" || w == "the"
}
