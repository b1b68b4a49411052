package extract

// Reported speech goes on in the voice of the last speaker, unless the
// sentence between makes a speaker of the text the subject again:
// "Achim Dörrhoff pochte auf eine Reform. … Eva Kühn widersprach. …
// Dörrhoff verweist auf das Gericht. Eine Reform sei nötig gewesen." The
// last sentence reports Dörrhoff, although "verweist" is no verb of
// saying the rules know.

// subjectCarryDE returns, for a speaker carried over a unit that gave no
// claimant, the person that unit opened with by the surname of a full name
// the text gave before, when that person was a claimant before too; who
// otherwise.
func (d *docState) subjectCarryDE(who string, carried bool) string {
	p := d.named.prev
	if !carried || who == "" || p == "" || !d.named.prevOpens || d.sinceClaim < 2 || !d.named.spoke[p] {
		return who
	}
	if q, ok := d.lookup(who); ok && q.name == p {
		return who
	}
	return p
}
