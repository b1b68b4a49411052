package extract

// "Der Konzern wies das zurück. Die Dividende sei gezahlt worden, sagte
// eine Sprecherin. Sie betonte, …": the firm the text named last is also
// the body a spokesperson without a name speaks for (bareSpokesDE), and
// "sie" right after that spokesperson is her, so the firm again.

// spokesKeyDE is the key of docState.descs that holds the body a bare
// spokesperson of the unit before spoke for, after the pronoun's gender
// ('m' "Sprecher", 'f' "Sprecherin"): no claimant starts with it.
const spokesKeyDE = bodyKeyDE + "#spokes"

// noteSpokesBodyDE records body as spoken for by the bare spokesperson
// who, or forgets the record when who is none.
func (d *docState) noteSpokesBodyDE(who, body string) {
	if d.descs == nil {
		return
	}
	switch who {
	case "Sprecher":
		d.descs[spokesKeyDE] = "m" + body
	case "Sprecherin":
		d.descs[spokesKeyDE] = "f" + body
	default:
		delete(d.descs, spokesKeyDE)
	}
}

// spokesBodyDE returns the body the spokesperson of the unit right before
// spoke for when "er"/"sie" of gender g fits the spokesperson; "".
func (d *docState) spokesBodyDE(g byte) string {
	v := d.descs[spokesKeyDE]
	if d.sinceClaim != 1 || len(v) < 2 || v[0] != g || v[1:] != d.prevClaim {
		return ""
	}
	return d.prevClaim
}
