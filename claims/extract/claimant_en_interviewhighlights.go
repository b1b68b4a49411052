package extract

// A broadcaster's site prints an interview's answers under a heading
// "Interview highlights", each group under a topic heading ("On the
// ferry"), the guest's words without quotation marks or a verb of saying.
// The guest is the speaker the text quoted last before that heading. Every
// later unit with no claimant of its own, or one only carried over, is the
// guest's; a topic heading (no final punctuation) is nobody's, and a
// credit line ("Tom Ash contributed to this report.") is nobody's and ends
// the answers.

// highlightsEN is what the English rules know of such a section.
type highlightsEN struct {
	guest    string // the speaker quoted last before the heading; "" outside the section
	question bool   // the current paragraph opens with a question (claimant_en_editednote.go)
}

// highlightsAnswerEN returns who and carried unchanged, except after an
// "Interview highlights" heading as described above, or after a note that
// the interview was edited (claimant_en_editednote.go), outside a
// paragraph that opens with a question; heading is whether the unit has no
// final punctuation.
func (d *docState) highlightsAnswerEN(toks []token, text string, heading bool, who string, carried bool) (string, bool) {
	h := &d.hl
	if d.answer.paraStart {
		h.question = questionParaEN(toks, text)
	}
	switch {
	case highlightsHeadingEN(toks):
		h.guest = d.prevClaim
		return who, carried
	case editedNoteEN(toks):
		h.guest = d.noteGuestEN() // "(This interview has been edited and condensed.)"
		return who, carried
	case h.guest == "" || h.question:
		return who, carried
	case hasToken(toks, "contributed"):
		h.guest = ""
		return "", false // "Tom Ash contributed to this report."
	case heading && (who == "" || carried):
		return "", false // "On the budget"
	case who == "" || carried:
		return h.guest, true
	}
	return who, carried
}

// highlightsHeadingEN reports whether the unit is the heading "Interview
// highlights", perhaps with a colon.
func highlightsHeadingEN(toks []token) bool {
	n := len(toks)
	if n == 3 && toks[2].p == ':' {
		n = 2
	}
	return n == 2 && len(toks) <= 3 && toks[0].low == "interview" && toks[1].low == "highlights"
}
