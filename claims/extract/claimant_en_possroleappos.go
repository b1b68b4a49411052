package extract

import "strings"

// "…,” said the group's chair, retired hydrologist Dr Ann Lee.", "Its
// chair, retired surgeon Tom Hale, said …", "said Harbor Post's chief
// economist, Ann Lee": a role held in a body named by a possessive ("the
// group's chair", "its chair") and a person named by an apposition after
// it, perhaps after a description ("retired hydrologist") and titles ("Dr",
// "the Reverend"). The person is the claimant, not the body.

// maxApposDescription is the most lower-case words of a description before
// the name in the apposition ("retired hydrologist").
const maxApposDescription = 3

// possRoleApposEN returns the person of such an apposition after the verb
// at v, when a punctuation mark stands before the verb ("…,” said the
// group's chair, …"), or when it opens the unit and ends with a comma
// right before the verb ("The group's director, the Reverend Tom Hale,
// said"); "" otherwise.
func (d *docState) possRoleApposEN(toks []token, text string, v int, lex lexicon) string {
	if v > 0 && toks[v-1].is(tPunct) {
		if name, _ := d.possRoleApposAt(toks, text, v+1, lex); name != "" {
			return name
		}
	}
	if name, e := d.possRoleApposAt(toks, text, 0, lex); name != "" && e+1 == v && toks[e].p == ',' {
		return name
	}
	return ""
}

// possRoleApposAt reads, from token k, "the" (optional), a possessive
// ("group's", "Harbor Post's", "its", "their"), one to three lower-case
// words of a role, a comma, and the apposition: "the" (optional), up to
// maxApposDescription lower-case words, and a person's name of two words
// or more (titles before it left to nameAt). It returns the name and the
// token after it, "" and -1 when the tokens do not have that form.
func (d *docState) possRoleApposAt(toks []token, text string, k int, lex lexicon) (string, int) {
	if k < len(toks) && toks[k].low == "the" {
		k++
	}
	for k < len(toks) && capWord(&toks[k]) && !possessiveEndEN(toks[k].low) && !possessiveOwnerEN(toks[k].low) {
		k++ // "Harbor Post's": the words of the body's name
	}
	if k >= len(toks) || !possessiveEndEN(toks[k].low) && !possessiveOwnerEN(toks[k].low) {
		return "", -1
	}
	r := k + 1
	for r < len(toks) && r-k <= 3 && lowerWord(&toks[r]) {
		r++
	}
	if r == k+1 || r >= len(toks) || toks[r].p != ',' {
		return "", -1
	}
	n := r + 1
	if n < len(toks) && toks[n].low == "the" {
		n++
	}
	for m := n; n < len(toks) && n-m < maxApposDescription && lowerWord(&toks[n]); n++ {
	}
	if n >= len(toks) || !capWord(&toks[n]) {
		return "", -1
	}
	e := capRun(toks, text, n, false)
	if e >= len(toks) || toks[e].p != ',' && !(e == len(toks)-1 && toks[e].is(tPunct)) {
		return "", -1 // the name ends the sentence or meets a comma
	}
	name := d.nameAt(toks[:e], text, n, false, lex, false, false)
	if strings.IndexByte(name, ' ') < 0 || !d.personLikeEN(name) {
		return "", -1
	}
	return name, e
}

// possessiveEndEN reports whether the lower-case word w ends in a
// possessive "'s" or "’s".
func possessiveEndEN(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// possessiveOwnerEN reports whether w is the possessive of a body, "its"
// or "their".
func possessiveOwnerEN(w string) bool {
	return w == "its" || w == "their"
}
