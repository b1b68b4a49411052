package extract

import "strings"

// lawsuitDE reports whether the German "klagen" at v means going to court,
// not complaining: its clause holds "gegen" or a court ("klagt gegen die
// Stadt", "hatte vor dem Landgericht geklagt"), or the participle
// "geklagt" closes the unit with no "über" before it ("Im Streit um den
// Lärm hat ein Nachbar geklagt."). Who sues does an act and states nothing.
func lawsuitDE(toks []token, v int) bool {
	w := toks[v].low
	if !strings.HasPrefix(w, "klag") && w != "geklagt" {
		return false
	}
	s, e := punctClause(toks, v)
	about := false
	for k := s; k < e; k++ {
		l := toks[k].low
		if l == "gegen" || strings.HasSuffix(l, "gericht") || strings.HasSuffix(l, "gerichtshof") {
			return true
		}
		if l == "über" {
			about = true
		}
	}
	return w == "geklagt" && !about && e == v+1 && (e == len(toks) || e == len(toks)-1)
}

// punctClause returns the bounds [s, e) of the words around token v up to
// the punctuation marks before and after it.
func punctClause(toks []token, v int) (s, e int) {
	s, e = v, v+1
	for s > 0 && !toks[s-1].is(tPunct) {
		s--
	}
	for e < len(toks) && !toks[e].is(tPunct) {
		e++
	}
	return s, e
}
