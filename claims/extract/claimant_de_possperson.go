package extract

// possessivePersonDE resolves the possessive of a German source phrase
// ("seinen Angaben zufolge", "gemäß ihrer Aussage") when resolvePronoun
// gave who, which is a body by its first or last word (a university the
// text named with the person): a statement is a person's, so it is
// the person the text brought up last whose name has a person's form and
// whose gender is the possessive's or not shown, if any; else who as it
// was.
func (d *docState) possessivePersonDE(g byte, who string) string {
	if g == 0 || who != "" && !bodyNameDE(who) {
		return who
	}
	for k := len(d.people) - 1; k >= 0; k-- {
		p := d.people[k].name
		if pg := d.genderOf(p); (pg == g || pg == 0) && d.personNameDE(p) && !bodyNameDE(p) {
			return p // "Der Chemiker Paul Brandt von der Universität Talberg …. Seinen Angaben zufolge …"
		}
	}
	return who
}
