package extract

// A pronoun already used for a person tells that person's gender: when
// "he said" or "sagte sie" was resolved to someone the text named with
// no sign of gender ("Ann Lee said …. “…,” she added."), that person is
// of the pronoun's gender from then on, so that a later pronoun of the
// other gender is not resolved to them ("Sam Lee" and "Ann Lee" both
// quoted, "he said" then means the one not yet called "she").

// pronounGender records gender g for who, the person a subject pronoun of
// gender g of a verb of saying was resolved to, when the text gave who no
// gender yet (a full name registered as a person); it returns who.
func (d *docState) pronounGender(who string, g byte) string {
	if g == 0 || who == "" {
		return who
	}
	if p, ok := d.lookup(who); ok && p.name == who && p.gender == 0 {
		p.gender = g
	}
	return who
}
