package extract

// "Das Innenministerium bestätigte 45 Festnahmen. Die Demonstration sei
// nicht angemeldet gewesen, hieß es in einer Mitteilung." A "heißt es" with
// a document that names no author of its own ("in einer Mitteilung", "in
// der Erklärung") goes on in the voice of the claimant of the unit right
// before: the document is theirs.

// heisstOwnDocumentDE returns the claimant of the unit right before when
// "heißt es" at i is followed by "in", an article and a noun of
// communication with no genitive or "von" after it; "" otherwise.
func (d *docState) heisstOwnDocumentDE(toks []token, k int) string {
	if d.sinceClaim != 1 || d.prevClaim == "" || k+2 >= len(toks) || toks[k].low != "in" {
		return ""
	}
	switch toks[k+1].low {
	case "einer", "einem", "der", "dem":
	default:
		return ""
	}
	if !communicationNounsDE[toks[k+2].low] {
		return ""
	}
	if k+3 < len(toks) && (genitiveLinkDE(toks[k+3].low) || capWord(&toks[k+3])) {
		return "" // "in einer Mitteilung der Stadt": its own source
	}
	return d.prevClaim
}
