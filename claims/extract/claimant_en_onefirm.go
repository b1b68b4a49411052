package extract

import "strings"

// "Harlow and Finch said it would cut 900 jobs": two single names joined
// by "and" as the subject of a verb of saying whose reported clause has
// "it" as its subject name one body (a firm named after its founders),
// not two speakers, since "it" takes up a single thing.

// oneFirmEN reports whether the claimants a and b are single words, no
// person the text named with a first name ("Lee and Bell said it was
// unclear"), written "a and b" right before one of the unit's verbs of
// saying that "it" or "that it" follows.
func (d *docState) oneFirmEN(u *claimUnit, a, b string) bool {
	if strings.IndexByte(a, ' ') >= 0 || strings.IndexByte(b, ' ') >= 0 || d.personNamedEN(a) || d.personNamedEN(b) {
		return false
	}
	toks := u.toks
	for _, v := range u.verbs {
		if v < 3 || toks[v-2].low != "and" || u.text[toks[v-1].s:toks[v-1].e] != b || u.text[toks[v-3].s:toks[v-3].e] != a {
			continue
		}
		n := v + 1
		if n < len(toks) && toks[n].low == "that" {
			n++
		}
		if n < len(toks) && toks[n].low == "it" {
			return true
		}
	}
	return false
}

// personNamedEN reports whether the text registered w as the surname of
// a person named with a first name ("Ann Lee" for "Lee").
func (d *docState) personNamedEN(w string) bool {
	p, ok := d.lookup(w)
	return ok && strings.IndexByte(p.name, ' ') > 0
}
