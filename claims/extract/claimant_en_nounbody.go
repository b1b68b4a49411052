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
	return d.bodyByHeadEN(toks[verbGroupStartEN(toks, v)-1].low)
}

// bodyByHeadEN returns the name, registered up to the current unit, whose
// head noun (bodyHeadEN) is noun, the one named last; "" when none is.
func (d *docState) bodyByHeadEN(noun string) string {
	best, at := "", -1
	for i := range d.people {
		p := &d.people[i]
		if p.unit >= at && headMatchesEN(bodyHeadEN(p.name), noun) { // "the league" for a federation too
			best, at = p.name, p.unit
		}
	}
	return best
}

// accordingBodyEN returns the body the text named before whose head noun
// is the noun of phrase, the source after "according to" at token s, when
// that source is "the" and at most two lower-case words before a body's
// noun ("according to the commission" after "the Harbor Safety
// Commission"); the body quoted last comes first; "" otherwise.
func (d *docState) accordingBodyEN(toks []token, s int, phrase string) string {
	if s >= len(toks) || toks[s].low != "the" || strings.Count(phrase, " ") > 2 {
		return ""
	}
	noun := strings.ToLower(phrase[strings.LastIndexByte(phrase, ' ')+1:])
	if !bodyNounEN(noun) && !orgNameEN(noun) {
		return ""
	}
	if d.lastBodyEN != "" && headMatchesEN(bodyHeadEN(d.lastBodyEN), noun) {
		return d.lastBodyEN // the body quoted last: "the Department of Ferries said"
	}
	return d.bodyByHeadEN(noun)
}

// bodyHeadEN is the head noun of a body's name: the word before "of" or
// "for" ("Department of Health", "Department for Business and Trade"),
// else the last word.
func bodyHeadEN(name string) string {
	if k := strings.Index(name, " of "); k > 0 {
		name = name[:k]
	}
	if k := strings.Index(name, " for "); k > 0 {
		name = name[:k]
	}
	return name[strings.LastIndexByte(name, ' ')+1:]
}
