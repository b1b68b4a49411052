package extract

// "Das Ministerium wollte die Pläne nicht bestätigen. …, sagte ein
// Sprecher auf Anfrage": a spokesperson without the body he speaks for
// speaks for the body the text named last. The guide names no common noun
// as claimant; the labels name the body ("Bauernverband") or the
// spokesperson with it ("Sprecher des Landratsamts").

// bareSpokesDE returns the body the text last named in full when who is a
// bare "Sprecher" or "Sprecherin", or the body that is the claimant of the
// unit right before (a name noteBodiesDE does not note: "Das Auswärtige
// Amt"), or the body that opened the unit right before as its subject
// (openingSpokesBodyDE); who otherwise.
func (d *docState) bareSpokesDE(who string) string {
	if who != "Sprecher" && who != "Sprecherin" {
		d.noteSpokesBodyDE("", "")
		return who
	}
	full := d.descs[anyBodyKeyDE]
	if d.sinceClaim == 1 && bodyNameDE(d.prevClaim) {
		full = d.prevClaim // "Das Auswärtige Amt rief zur Ruhe auf. Eine Sprecherin sagte, …": the body that just spoke
	} else if b := d.openingSpokesBodyDE(); b != "" {
		full = b // "Die Staatsanwaltschaft ermittelt. Ein Sprecher sagte, …" (claimant_de_spokesopening.go)
	}
	if full != "" {
		d.noteSpokesBodyDE(who, full) // "…, sagte eine Sprecherin. Sie betonte, …" (firmspokes.go)
		return full
	}
	return who
}
