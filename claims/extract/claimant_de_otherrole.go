package extract

import "strings"

// "Der Abgeordnete Jan Roth warf der Ministerin Versäumnisse vor. Der
// Bürgermeister sagte, …": a definite noun of office refers back to the
// person just named (definiteNounDE) only when the text did not name that
// person with another office; an MP is no mayor.

// otherRoleDE reports whether the text named the person name with a role
// word (noteRoleWordDE) and with none that fits the noun t, an office of
// the lexicon (roleOf; a description such as "der Mediziner" or "der
// Politiker" fits many offices): a role word fits when one of the two
// ends with the other ("Bundesgesundheitsminister" and "Minister") or
// when the text named the person with the lexicon's role of t.
func (d *docState) otherRoleDE(name string, t *token, lex lexicon) bool {
	if name == "" || len(d.roles) == 0 {
		return false
	}
	r := roleOf(t, lex)
	if r == "" || d.roles[r] == name {
		return false // no office of the lexicon ("der Mediziner" fits many), or one of the same head
	}
	noun := strings.TrimPrefix(roleWordKeyDE(t.low), "#")
	named := false
	for key, who := range d.roles {
		if who != name || len(key) < 2 || key[0] != '#' {
			continue
		}
		w := key[1:]
		if strings.HasSuffix(w, noun) || strings.HasSuffix(noun, w) {
			return false
		}
		named = true
	}
	return named
}
