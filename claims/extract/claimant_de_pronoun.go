package extract

// A German pronoun that refers back inside its own sentence ("Da Gómez
// weiß, wie schwer das ist, appellierte sie …") names the person of its
// gender the sentence named before it.

// pronounInUnitDE returns the full name of the last person of gender g
// named by capitalised words before token p, "" if none.
func (d *docState) pronounInUnitDE(toks []token, text string, p int, g byte) string {
	for k := p - 1; k >= 0; k-- {
		if !capWord(&toks[k]) {
			continue
		}
		i, ok := d.byKey[text[toks[k].s:toks[k].e]]
		if !ok {
			continue
		}
		if q := &d.people[i]; q.gender == g {
			return q.name
		}
	}
	return ""
}
