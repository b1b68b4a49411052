package extract

import "strings"

// A German role is often a compound whose head is the role of the
// lexicon ("Bundespräsident", "Bundestagspräsident": both "präsident"),
// and the text names a person by it in the genitive ("des Bundeskanzlers
// Jan Roth"). The people named with a role are noted under the head
// (noteRole), so "der Bundespräsident" took the person last named with
// any "-präsident"; they are now also noted under the whole word in the
// nominative, and a definite role noun asks for that first.

// roleWordKeyDE returns the whole role word in the nominative, the key of
// the person named with it: a genitive "-s" taken off ("bundeskanzlers"
// → "bundeskanzler", "ministers" → "minister") and "-en" of the weak
// nouns in -ent and -ant ("präsidenten" → "präsident"); a prefix "#"
// keeps the key apart from the heads.
func roleWordKeyDE(low string) string {
	return "#" + roleWordStemDE(low)
}

// roleWordStemDE returns roleWordKeyDE without its "#": a part of low
// (titledStemsDE).
func roleWordStemDE(low string) string {
	switch {
	case strings.HasSuffix(low, "ers") || strings.HasSuffix(low, "ors") || strings.HasSuffix(low, "chefs"):
		return low[:len(low)-1]
	case strings.HasSuffix(low, "enten") || strings.HasSuffix(low, "anten"):
		return low[:len(low)-2]
	}
	return low
}

// noteRoleWordDE notes name as the person last named with the German role
// word t (roleWordKeyDE).
func (d *docState) noteRoleWordDE(t *token, name string) {
	d.noteRole(roleWordKeyDE(t.low), name)
}

// roleHolderDE returns the person the text last named with the German
// role noun t: by the whole word when the text named one so, else by its
// head (role); "" when none.
func (d *docState) roleHolderDE(t *token, role string) string {
	if who := d.roles[roleWordKeyDE(t.low)]; who != "" {
		return who
	}
	return d.roles[role]
}
