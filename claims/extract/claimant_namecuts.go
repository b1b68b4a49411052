package extract

import "strings"

// Small checks on names and the words around them, used by nameAt and
// mentions (claimant_people.go).

// cutAtVerb reports whether a run of capitalised words was cut at token j,
// a capitalised verb of saying followed by a lower-case word: in running
// text a verb is not capitalised, so the word belongs to the name ("United
// States", "Member States") and the cut run is no speaker; in a title-case
// headline ("Anne Miller Slams Tax Plan") the next word is capitalised.
func cutAtVerb(toks []token, j int) bool {
	if j+1 >= len(toks) || toks[j].flags&(tCap|tPunct) != tCap || toks[j].cat&cSpeech == 0 {
		return false
	}
	n := &toks[j+1]
	return n.flags&(tCap|tPunct|tNum) == 0
}

// stripPossessive drops an English possessive ending from a name ("Josh
// Hawley’s office" names Josh Hawley).
func stripPossessive(name string) string {
	for _, suf := range [...]string{"’s", "'s"} {
		if n, ok := strings.CutSuffix(name, suf); ok && strings.IndexByte(n, ' ') > 0 {
			return n
		}
	}
	return name
}

// notFirstNameEN are the English word categories that cannot open a
// person's name; a word of another category may ("Ban Ki-moon", where
// "ban" is also a legal term).
const notFirstNameEN = cNotName | cRole | cDet | cAux | cSpeech | cStopEN | cMonth | cWeekday | cRelDate | cTimeNoun | cAccording | cPronM | cPronF

// nounAfterDE reports whether a German capitalised word after token p is a
// noun rather than a first name: p is an article, a preposition fused
// with one ("das Fenster", "eine Menge", "am Tag") or a determiner of
// "jed-", "kein-", "jen-" ("jede Entscheidung"), which stand before nouns,
// not before a person's first name.
func nounAfterDE(p *token) bool {
	if p.cat&cDet != 0 {
		return true
	}
	switch p.low {
	case "am", "im", "vom", "zum", "zur", "beim", "ins", "ans",
		"jede", "jeder", "jedes", "jeden", "jedem", "kein", "keine", "keiner", "keinen", "keinem", "keines",
		"jene", "jener", "jenes", "jenen", "jenem": // "weil jede Entscheidung Folgen hat"
		return true
	}
	return false
}
