package extract

// An interview printed as questions and answers marks each turn with "Q:"
// or "A:" (or "Question:"/"Answer:") at the start of a paragraph instead
// of a name. The answers are the guest's, the person the introduction
// names: the first person the text names in full before the first turn.
// An answer runs to the end of its paragraph; the questions are the
// interviewer's, the text's own voice, and keep what the rules found. A
// question in the first person singular ("Q: I read your column …") is a
// reader's letter: the text is a column answering readers, its answers
// the author's own voice, and no answer is given a guest. Nor is one
// before the text shows itself an interview, by a question that
// addresses the guest ("you", "your") or an answer in the first person
// ("We lost …"): an explainer printed as questions and answers ("Q: How
// much will it cost? A: About 40 dollars …") answers in its own voice.

// qaInterviewEN is what the English rules know of a question-and-answer
// interview: its guest, and whether the current paragraph is an answer.
type qaInterviewEN struct {
	guest    string // the person the introduction names, once a turn was seen
	answer   bool   // the current paragraph opened with "A:"
	question bool   // the current paragraph opened with "Q:"
	letters  bool   // a question was in the first person singular: readers' letters
	talk     bool   // a question said "you" or an answer "I"/"we": an interview
	bareSeen bool   // a question alone in its paragraph was seen (claimant_en_bareqa.go)
	bare     bool   // the text is an interview of questions alone in their paragraphs
}

// qaMarkEN returns 'Q' or 'A' when the unit opens with a question's or an
// answer's mark and a colon ("Q: …", "Answer: …") and two tokens or more
// follow it; 0 otherwise.
func qaMarkEN(toks []token, text string) byte {
	if len(toks) < 4 || toks[1].p != ':' {
		return 0
	}
	switch text[toks[0].s:toks[0].e] {
	case "Q", "Question":
		return 'Q'
	case "A", "Answer":
		return 'A'
	}
	return 0
}

// qaAnswerEN returns who and carried unchanged, except that a unit in an
// answer paragraph with no claimant, or one only carried over from an
// earlier unit, gets the guest (carried). A paragraph that opens with "A:"
// starts an answer when the text named a person in full before its first
// turn and no question was a letter; any other paragraph start ends it,
// except in an interview of questions alone in their paragraphs
// (bareTurnEN), where the paragraphs after a question are the answer.
func (d *docState) qaAnswerEN(toks []token, text, who string, carried bool) (string, bool) {
	q := &d.qa
	if d.answer.paraStart {
		mark := qaMarkEN(toks, text)
		bareQ := mark == 0 && bareQuestionParaEN(text, d.restEN) // "How much has demand risen?" alone (claimant_en_bareqa.go)
		if bareQ && !q.bareSeen {
			q.bareSeen = true
			q.bare = bareInterviewAheadEN(text + d.restEN)
			q.talk = q.talk || q.bare // one of its questions addresses the guest
		}
		if (mark != 0 || bareQ && q.bare) && q.guest == "" {
			q.guest = d.introGuestEN()
		}
		if mark != 0 || !q.bareTurnEN(bareQ) {
			q.answer, q.question = mark == 'A' && q.guest != "", mark == 'Q'
		}
	}
	if q.question && firstSingularEN(toks, text) {
		q.letters = true // "Q: I read your column …": a reader's letter
	}
	q.talk = q.talk || q.question && unquotedCatEN(toks, text, cSecond) || q.answer && unquotedCatEN(toks, text, cFirstSing|cFirstPl)
	if q.answer && q.talk && !q.letters && (who == "" || carried) {
		return q.guest, true
	}
	return who, carried
}

// introGuestEN returns the first person the text named before the current
// unit by a name of two words or more that has the form of a person's
// name; "" when there is none.
func (d *docState) introGuestEN() string {
	for i := 0; i < d.before && i < len(d.people); i++ {
		if p := &d.people[i]; d.personLikeEN(p.name) && !d.isGroupEN(p.name) {
			return p.name
		}
	}
	return ""
}

// firstSingularEN reports whether "I", "me", "my" or "mine" stands in the
// unit outside double quotation marks.
func firstSingularEN(toks []token, text string) bool {
	return unquotedCatEN(toks, text, cFirstSing)
}

// unquotedCatEN reports whether a word of a category in cat stands in the
// unit outside double quotation marks, not in capitals ("US" is no "us").
func unquotedCatEN(toks []token, text string, cat category) bool {
	quoted := false
	for i := range toks {
		if doubleQuote(&toks[i], text) {
			quoted = !quoted
			continue
		}
		if !quoted && toks[i].cat&cat != 0 && !toks[i].is(tAllCap) {
			return true
		}
	}
	return false
}
