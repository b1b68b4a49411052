package extract

import "strings"

// English roles written before a name and taken up later by a definite
// description: "Gov. Ann Lee … the former governor said", "Sen. Tom Bell
// … the Ohio senator told reporters".

// roleKeyEN returns the full English role an abbreviated title before a
// name stands for ("gov" → "governor", "sen" → "senator"), the role
// itself otherwise: the text later names the person by the full word.
func roleKeyEN(role string) string {
	switch role {
	case "gov":
		return "governor"
	case "sen":
		return "senator"
	case "rep":
		return "representative"
	case "prof":
		return "professor"
	}
	return role
}

// noteRole records name as the person last named with role, under the
// role and, in English, under the full word of an abbreviated title.
func (d *docState) noteRole(role, name string) {
	if d.roles == nil {
		d.roles = map[string]string{}
	}
	d.roles[role] = name
	if d.en {
		d.roles[roleKeyEN(role)] = name
	}
}

// roleWordBeforeEN returns the role word that ends the English subject of
// the verb of saying v, adverbs and the auxiliary of a perfect between
// them skipped ("the senator later said", "the president has said"): a
// role of the lexicon or a title word (titleWordEN, "the representative
// said"); "" when the word before is none or capitalised.
func roleWordBeforeEN(toks []token, v int, lex lexicon) string {
	v = verbGroupStartEN(toks, v)
	if v > 1 && (toks[v-1].low == "has" || toks[v-1].low == "had") {
		v = verbGroupStartEN(toks, v-1) // "the president has repeatedly said"
	}
	if v == 0 {
		return ""
	}
	t := &toks[v-1]
	if t.is(tCap) || t.is(tPunct) {
		return ""
	}
	if r := roleOf(t, lex); r != "" {
		return r
	}
	if titleWordEN(t.low) {
		return t.low
	}
	return ""
}

// abbrevDotEN returns 1 when an English title at token i is abbreviated
// with a full stop glued to it and a capitalised word follows ("Gov. Ann
// Lee", "Sen. Tom Bell"): the name starts after the stop. 0 otherwise.
func abbrevDotEN(toks []token, i int, de bool) int {
	if de || i+2 >= len(toks) || toks[i+1].p != '.' || toks[i+1].s != toks[i].e || !capWord(&toks[i+2]) {
		return 0
	}
	return 1
}

// noteLowerRolesEN records the people an English unit names right after
// a role written in lower case ("actress Ann Lee", "spokesman Tom Bell",
// "the company's director Ann Lee"), so that a later "the actress said"
// finds them. Only people the text registers with a first name and a
// surname count.
func (d *docState) noteLowerRolesEN(toks []token, text string, lex lexicon) {
	for i := 0; i+2 < len(toks); i++ {
		t := &toks[i]
		if t.flags&(tCap|tPunct) != 0 || !capWord(&toks[i+1]) || !capWord(&toks[i+2]) {
			continue
		}
		r := roleOf(t, lex)
		if r == "" && titleWordEN(t.low) {
			r = t.low
		}
		if r == "" {
			continue
		}
		j := nameRun(toks, i+1, false)
		if p, ok := d.lookup(text[toks[i+1].s:toks[j-1].e]); ok && strings.IndexByte(p.name, ' ') > 0 {
			d.noteRole(r, p.name)
		}
	}
}
