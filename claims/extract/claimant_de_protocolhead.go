package extract

import "strings"

// A German text that opens with a quotation alone („Wir bleiben offen“)
// puts the words of the person its lead then names first by a full name
// ("Die Wirtin Lena Brandt hat …") above the text: the headline quotes that
// person, who is named only below it. The units are read in order, so the
// headline is left without a speaker when it is read; once the text is
// read, protocolHeadlineDE gives it the person noteProtocolDE took from the
// lead (claimant_de_protocol.go).

// protocolHeadlineDE gives the first unit, a German quotation alone
// without a claimant, the person the lead named first (protocolDE.who),
// in the units and, for the fitter, in the chooser's trace as the rules'
// candidate. It does nothing when the text opens otherwise, the lead
// named no one, or the name has no person's form (fullNameShapeDE) or is a
// noun phrase (personLikeDE). A headline the body quotes again with its
// speaker takes that speaker first (headlineEchoDE).
func (d *docState) protocolHeadlineDE(units []Unit) {
	d.headlineEchoDE(units) // „Der Hafen ist bereit“ above „…, der Hafen ist bereit“, sagte Jan Roth (claimant_de_headecho.go)
	who := d.protocol.who
	if len(units) == 0 || who == "" || !d.protocol.armed || units[0].Lang != "de" || units[0].Claimant != "" || !fullNameShapeDE(who) || !d.personLikeDE(who) {
		return
	}
	units[0].Claimant = who
	d.traceRules(0, len(units), who)
}

// fullNameShapeDE reports whether name has the form of a person's full name:
// the last word no title or office, the word before it a first name
// (firstNamesDE), the words before that (at most two) first names or
// titles ("Charité-Infektiologe Norbert Suttorp"); "Reinickendorfs
// Amtsarzt", a noun phrase the register took for a name, is none.
func fullNameShapeDE(name string) bool {
	w := strings.Fields(name)
	n := len(w)
	if n < 2 || n > 4 || titleOrOfficeDE(w[n-1]) || !firstNamesDE(w[n-2]) {
		return false
	}
	for _, x := range w[:n-2] {
		if !firstNamesDE(x) && !titleWordDE(x) {
			return false
		}
	}
	return true
}
