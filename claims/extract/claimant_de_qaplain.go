package extract

import "strings"

// Many German interviews print their questions without a mark: a question
// is a paragraph of its own that ends in "?" (set in bold on paper), the
// answer the paragraph after it, and the guest is named once, in the
// introduction ("Ein Gespräch mit Eva Roth, Präsidentin des …"). Once a
// question paragraph has put its question to the guest by "Frau" or
// "Herr" and the surname in its first unit ("Frau Roth, …"), each
// paragraph that follows a short paragraph (maxQuestionUnitsDE units or
// fewer) ending in "?" and does not itself open with a question is an
// answer, as after "Antwort:" (claimant_de_qa.go). A text that only asks
// the reader ("Was bleibt?") names and addresses no guest and has none.

// maxQuestionUnitsDE is the most units a question paragraph holds; a
// longer paragraph that ends in "?" is a report's or portrait's own.
const maxQuestionUnitsDE = 3

// plainQuestionDE notes the unit in a German text whose questions may be
// unmarked: whether its paragraph so far put a question to the guest,
// whether that paragraph ended a question so (the text is an interview),
// whether the unit ended in "?", and how many units the paragraph holds.
// It returns whether a paragraph that opens with this unit is an unmarked
// answer: the unit before ended in "?" and closed a short paragraph, the
// unit does not end so, and the text has shown itself an interview.
func (d *docState) plainQuestionDE(toks []token, text string) bool {
	q := &d.qaDE
	asks := len(toks) > 0 && toks[len(toks)-1].p == '?'
	answer := false
	if d.answer.paraStart {
		answer = q.lastAsked && q.asked && !asks && q.paraUnits <= maxQuestionUnitsDE
		q.addressed, q.paraUnits = false, 0
	}
	q.paraUnits++
	if q.guest == "" {
		q.guest = d.introGuestDE()
	}
	if q.guest != "" && d.answer.paraStart && vocativeGuestDE(toks, text, q.guest) {
		q.addressed = true
	}
	if asks && q.addressed {
		q.asked = true
	}
	q.lastAsked = asks
	return answer && q.guest != ""
}

// vocativeGuestDE reports whether "Frau" or "Herr" and the guest's surname
// stand together in the unit: the guest addressed by name, as only an
// interviewer does ("Frau Roth, warum …").
func vocativeGuestDE(toks []token, text, guest string) bool {
	surname := guest[strings.LastIndexByte(guest, ' ')+1:]
	for i := 1; i < len(toks); i++ {
		if w := text[toks[i-1].s:toks[i-1].e]; (w == "Frau" || w == "Herr") && text[toks[i].s:toks[i].e] == surname {
			return true
		}
	}
	return false
}
