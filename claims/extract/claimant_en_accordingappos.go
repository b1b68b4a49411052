package extract

import "strings"

// "According to the city's finance director, Ann Lee, …": a described
// source followed by a name between commas is that person; the name, not
// the description, is the claimant.

// maxDescribedSource is the most tokens a described source may have
// before the comma that opens its apposition.
const maxDescribedSource = 8

// accordingApposEN returns the name of two words or more, set off by
// commas, that follows the described source starting at token s, when it
// has the form of a person's name; "" otherwise.
func (d *docState) accordingApposEN(toks []token, text string, s int) string {
	c := s
	for c < len(toks) && c-s <= maxDescribedSource && toks[c].p != ',' {
		if toks[c].is(tPunct) && !gluedPunct(toks, c) {
			return ""
		}
		c++
	}
	if c == s || c+2 >= len(toks) || toks[c].p != ',' || toks[c+1].flags&(tCap|tPunct) != tCap {
		return ""
	}
	e := capRun(toks, text, c+1, false)
	if e >= len(toks) || toks[e].p != ',' {
		return ""
	}
	name := text[toks[c+1].s:toks[e-1].e]
	if strings.IndexByte(name, ' ') < 0 || !d.personLikeEN(name) {
		return ""
	}
	return name
}
