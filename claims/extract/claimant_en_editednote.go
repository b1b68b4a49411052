package extract

// An interview printed without marks is often announced by a note that
// it "has been edited and condensed" (or "edited for length and
// clarity"). Its guest is the person the unit before the note named first
// ("The Gazette spoke with Dr. Ilse Marrow about …"). After the note a
// paragraph that opens with a question (a unit ending in "?", or "Q:") is
// the interviewer's and keeps what the rules found; the units of any other
// paragraph are the guest's answers, as after "Interview highlights"
// (highlightsAnswerEN, which carries the section).

// editedNoteEN reports whether the unit is such a note: "edited", a word
// for shortening ("condensed", "length", "clarity", "brevity") and a word
// for an interview ("interview", "conversation", "exchange", "answers").
func editedNoteEN(toks []token) bool {
	return hasToken(toks, "edited") &&
		(hasToken(toks, "condensed") || hasToken(toks, "length") || hasToken(toks, "clarity") || hasToken(toks, "brevity")) &&
		(hasToken(toks, "interview") || hasToken(toks, "conversation") || hasToken(toks, "exchange") || hasToken(toks, "answers"))
}

// noteGuestEN returns the person the unit before the current one named
// first, when the name has a person's form; "" otherwise.
func (d *docState) noteGuestEN() string {
	if p := d.prevFirstEN; p != "" && d.personLikeEN(p) && !d.isGroupEN(p) {
		return p
	}
	return ""
}

// questionParaEN reports whether the unit, opening its paragraph, opens
// an interviewer's question: it ends in a question mark or opens with
// "Q:".
func questionParaEN(toks []token, text string) bool {
	return len(toks) > 0 && toks[len(toks)-1].p == '?' || qaMarkEN(toks, text) == 'Q'
}
