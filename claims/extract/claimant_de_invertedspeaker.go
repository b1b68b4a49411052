package extract

// invertedSpeakerDE returns the subject right after the verb of saying v
// when it is a person the text knows, a body, a group or an office
// ("Gegenüber dieser Zeitung sagte die Ministerin, …"); "" otherwise.
func (d *docState) invertedSpeakerDE(u *claimUnit, v int) string {
	if inv := d.invertedSubjectDE(u.toks, u.text, v, u.lex); inv != "" && (d.known(inv) || speakerByFormDE(inv, u.lex)) {
		return inv
	}
	toks := u.toks
	if n := v + 2; n < len(toks) && toks[v+1].cat&cDet != 0 && capWord(&toks[n]) && (n+1 == len(toks) || !capWord(&toks[n+1])) {
		if w := u.text[toks[n].s:toks[n].e]; speakerByFormDE(w, u.lex) {
			return w // "sagte die Ministerin": the office itself when the last speaker is no person of it
		}
	}
	return ""
}
