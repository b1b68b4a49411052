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
// when the text named the person with the lexicon's role of t. A noun of
// the head of any body (genericHeadRoleDE) fits every office, and an
// academic title ("Professor") is no office.
func (d *docState) otherRoleDE(name string, t *token, lex lexicon) bool {
	if name == "" || len(d.roles) == 0 {
		return false
	}
	r := roleOf(t, lex)
	if r == "" || genericHeadRoleDE(r) || d.roles[r] == name {
		return false // no office of the lexicon ("der Mediziner" fits many), a head of anything ("der CDU-Chef"), or one of the same head
	}
	noun := strings.TrimPrefix(roleWordKeyDE(t.low), "#")
	named := false
	for key, who := range d.roles {
		if who != name || len(key) < 2 || key[0] != '#' {
			continue
		}
		w := key[1:]
		if strings.HasPrefix(w, "professor") || academicTitlesDE[w] {
			continue // a title, no office: "Professor Jan Roth" may be "der Direktor"
		}
		if strings.HasSuffix(w, noun) || strings.HasSuffix(noun, w) {
			return false
		}
		named = true
	}
	return named
}

// genericHeadRoleDE reports whether the role head r names the head or
// chair of any body ("Chef", "Leiter", "Vorsitzende"): German news call an
// office holder so as an epithet ("Ministerpräsident Jan Roth … der
// CDU-Chef", "der Regierungschef", "der Ressortchef"), so such a noun
// fits a person named with any office.
func genericHeadRoleDE(r string) bool {
	switch r {
	case "chef", "chefin", "leiter", "leiterin", "vorsitzende", "vorsitzender":
		return true
	}
	return false
}
