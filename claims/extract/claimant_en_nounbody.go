package extract

import "strings"

// "The Pellham Marine Institute … The institute said …": a definite
// description of a body whose noun is the head noun of a body the text
// named before ("Institute", "Board", "Department of Health") refers to
// that body, also when it was never quoted (only quoted bodies are noted
// for "the company said": noteBodyEN).

// nounBodyEN returns the name, registered up to the current unit, whose
// head noun (bodyHeadEN) is the noun of the English description before
// the verb of saying v ("the institute said"), the one named last; "" when
// none is or the noun is no body's (bodyDescriptionEN).
func (d *docState) nounBodyEN(toks []token, v int) string {
	if !bodyDescriptionEN(toks, v) {
		return ""
	}
	noun := toks[verbGroupStartEN(toks, v)-1].low
	best, at := "", -1
	for i := range d.people {
		p := &d.people[i]
		if p.unit >= at && headMatchesEN(bodyHeadEN(p.name), noun) { // "the league" for a federation too
			best, at = p.name, p.unit
		}
	}
	return best
}

// bodyHeadEN is the head noun of a body's name: the word before "of"
// ("Department of Health"), else the last word.
func bodyHeadEN(name string) string {
	if k := strings.Index(name, " of "); k > 0 {
		name = name[:k]
	}
	return name[strings.LastIndexByte(name, ' ')+1:]
}
