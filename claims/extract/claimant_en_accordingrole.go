package extract

import "strings"

// "His lawyer, Ann Lee, said … According to his lawyer, …": a role after
// "according to" with a possessive or an article, and nothing after it,
// refers to the person the text last named with that role; the claimant
// is the person's name, the fullest form the article gives.

// accordingRoleEN returns the person the text named with the role at
// token s+1 when token s is "the" or a possessive determiner and the
// role ends the source phrase (punctuation or the unit's end after it);
// "" otherwise.
func (d *docState) accordingRoleEN(toks []token, s int, lex lexicon) string {
	if s+1 >= len(toks) || !foldIn(toks[s].low, "the", "his", "her", "their", "its") {
		return ""
	}
	if s+2 < len(toks) && !toks[s+2].is(tPunct) {
		return ""
	}
	r := roleOf(&toks[s+1], lex)
	if r == "" {
		return ""
	}
	if who := d.roles[r]; who != "" {
		return who
	}
	return d.roles[apposRoleKey+r]
}

// apposRoleKey prefixes the role under which noteAppositionRolesEN keeps
// a person in docState.roles: apart from the roles the other rules read
// ("the lawyer said"), which lost two training units when they took these
// people too.
const apposRoleKey = "appos:"

// noteAppositionRolesEN records the people an English unit names in an
// apposition right after a role with a possessive or an article ("His
// lawyer, Ann Lee, said", "the club's coach, Tom Bell,"), so that a later
// "according to his lawyer" finds them. Only people the text registers
// with a first name and a surname count.
func (d *docState) noteAppositionRolesEN(toks []token, text string, lex lexicon) {
	for i := 1; i+3 < len(toks); i++ {
		t := &toks[i]
		if t.flags&(tCap|tPunct) != 0 || toks[i+1].p != ',' || !capWord(&toks[i+2]) || !capWord(&toks[i+3]) {
			continue
		}
		if p := &toks[i-1]; !foldIn(p.low, "the", "his", "her", "their", "its") && !(lowerWord(p) && i > 1 && foldIn(toks[i-2].low, "the", "his", "her", "their", "its")) {
			continue // "His lawyer", "her longtime lawyer"
		}
		r := roleOf(t, lex)
		if r == "" {
			continue
		}
		j := nameRun(toks, i+2, false)
		if p, ok := d.lookup(text[toks[i+2].s:toks[j-1].e]); ok && strings.IndexByte(p.name, ' ') > 0 {
			if d.roles == nil {
				d.roles = map[string]string{}
			}
			d.roles[apposRoleKey+r] = p.name
		}
	}
}
