package extract

import "strings"

// "Harbor City coach defends tactics", "Norland Rail chief executive
// warns of delays": in a headline, a body's name and a lower-case role
// opening it as the subject of the verb of saying describe the person who
// speaks; the claimant is the person the text named with that role
// before, else the description as written, never the body's name alone.
// In running text the rule lost two training units (a country and
// "president" before the verb mean the president the text named in full).

// bodyRoleSubjectEN returns the claimant of an English verb of saying v
// in a headline (no full stop, question or exclamation mark at its end)
// in the present ("defends", "warns") whose subject, from the unit's
// start (after "The", perhaps), is a run of two or more capitalised words
// and one to maxRoleWords lower-case words, one of them a role noun,
// right before the verb group; "" otherwise.
func (d *docState) bodyRoleSubjectEN(toks []token, text string, v int, lex lexicon) string {
	if sentenceEndEN(toks) {
		return ""
	}
	e := verbGroupStartEN(toks, v)
	s := 0
	if len(toks) > 0 && toks[0].cat&cDet != 0 {
		s = 1
	}
	if e < s+3 || !capWord(&toks[s]) || !strings.HasSuffix(toks[v].low, "s") {
		return "" // a headline's verb is in the present: "charged" is a passive
	}
	c := s
	for c < e && capWord(&toks[c]) {
		c++
	}
	if c < s+2 || c == e || e-c > maxRoleWords {
		return "" // "Former minister", "Retiring fire chief": no body's name
	}
	role := false
	for i := c; i < e; i++ {
		if !lowerWord(&toks[i]) {
			return ""
		}
		role = role || roleNounEN(&toks[i])
	}
	if !role {
		return ""
	}
	if r := roleOf(&toks[e-1], lex); r != "" && d.roles[r] != "" {
		return d.roles[r]
	}
	return text[toks[s].s:toks[e-1].e]
}
