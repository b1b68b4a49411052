package extract

import "strings"

// "The National Weather Service said … The weather service said …": a
// definite description made of the last words of a body's name, written
// in lower case, refers to that body, whatever its head noun ("the
// weather service", "the safety commission" after "the Harbor Safety
// Commission").

// tailBodyEN returns the name, registered up to the current unit, whose
// last words are, case folded, the two or three lower-case words between
// "the" and the verb group of the English verb of saying v, with at least
// one capitalised word of the name before them; the one named last. ""
// otherwise; one noun alone ("the poll") is left to nounBodyEN, which
// knows the nouns of bodies.
func (d *docState) tailBodyEN(toks []token, text string, v int) string {
	e := verbGroupStartEN(toks, v)
	s := e - 1
	for s > 0 && e-s <= 3 && lowerWord(&toks[s]) && toks[s].cat&cStopEN == 0 {
		s--
	}
	if s >= e-2 || toks[s].low != "the" || s > 0 && !toks[s-1].is(tPunct) && toks[s-1].cat&cStopEN != 0 {
		return "" // not "a spokesman for the weather service"
	}
	tail := " " + strings.ToLower(text[toks[s+1].s:toks[e-1].e])
	best, at := "", -1
	for i := range d.people {
		p := &d.people[i]
		if p.unit >= at && len(p.name) > len(tail) && strings.HasSuffix(strings.ToLower(p.name), tail) {
			best, at = p.name, p.unit
		}
	}
	return best
}
