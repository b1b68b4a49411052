package extract

// A German "er" or "sie" that speaks refers to the most recent speaker it
// can refer to. Most people's gender is unknown to the text (no list of
// first names), so a speaker of unknown gender quoted after the last
// speaker of the pronoun's gender is the nearer antecedent ("Jan Roth, der
// Leiter, sagte …. Dann sprach Kim Brandt. …, sagte sie."): the speaker of
// known gender is older news.

// recentSpeakerDE returns, for a German pronoun of gender g, the last
// speaker of unknown gender when that speaker spoke after the last
// speaker of gender g and is a person the text named in full (a name of a
// person's form: fullNameFormDE); "" otherwise, and when either is
// unknown.
func (d *docState) recentSpeakerDE(g byte) string {
	k := gi(g)
	if k == 0 || d.lastSpeaker[k] == "" || d.lastSpeaker[0] == "" || d.spokeAt[0] <= d.spokeAt[k] {
		return ""
	}
	p, ok := d.lookup(d.lastSpeaker[0])
	if !ok || p.gender != 0 || !d.fullNameFormDE(p.name) {
		return ""
	}
	return p.name
}
