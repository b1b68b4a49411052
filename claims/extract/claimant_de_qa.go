package extract

import "strings"

// A German interview printed as questions and answers marks each turn with
// "Frage:" or "Antwort:" (or "F:"/"A:") at the start of a paragraph
// instead of a name. As in English (claimant_en_qa.go), the answers are
// the guest's, the person the introduction names in full before the first
// turn; an answer runs to the end of its paragraph, and the questions are
// the interviewer's, the text's own voice. An answer is given the guest
// only once the text shows itself an interview: a question that addresses
// the guest ("Sie", "Ihre", "du") or an answer in the first person ("Nach
// unseren Berechnungen …"); an explainer printed as questions and answers
// answers in its own voice.

// qaInterviewDE is what the German rules know of a question-and-answer
// interview: its guest, and whether the current paragraph is an answer.
type qaInterviewDE struct {
	guest    string // the person the introduction names, once a turn was seen
	answer   bool   // the current paragraph opened with "Antwort:"
	question bool   // the current paragraph opened with "Frage:"
	talk     bool   // a question addressed the guest or an answer said "ich"/"wir"

	addressed bool // the current paragraph named or addressed the guest (claimant_de_qaplain.go)
	asked     bool // a paragraph that did so ended in "?": an interview with unmarked questions
	lastAsked bool // the unit before ended in "?"
	paraUnits int  // the units of the current paragraph so far
}

// qaMarkDE returns 'Q' or 'A' when the unit opens with a question's or an
// answer's mark and a colon ("Frage: …", "A: …") and two tokens or more
// follow it; 0 otherwise.
func qaMarkDE(toks []token, text string) byte {
	if len(toks) < 4 || toks[1].p != ':' {
		return 0
	}
	switch text[toks[0].s:toks[0].e] {
	case "F", "Frage", "FRAGE":
		return 'Q'
	case "A", "Antwort", "ANTWORT":
		return 'A'
	}
	return 0
}

// qaAnswerDE returns who and carried unchanged, except that a unit in an
// answer paragraph with no claimant, or one only carried over from an
// earlier unit, gets the guest (carried); and a unit in a question
// paragraph loses a claimant carried over from an earlier unit (the
// interviewer asks in the text's own voice). A paragraph that opens with
// "Antwort:" starts an answer when the text named a person in full before
// its first turn; any other paragraph start ends it.
func (d *docState) qaAnswerDE(toks []token, text, who string, carried bool) (string, bool) {
	q := &d.qaDE
	plain := d.plainQuestionDE(toks, text) // "Frau Roth, wie …?" | "Ein Drittel der Fichten …"
	if d.answer.paraStart {
		mark := qaMarkDE(toks, text)
		if mark != 0 && q.guest == "" {
			q.guest = d.introGuestDE()
		}
		q.answer, q.question = mark == 'A' && q.guest != "", mark == 'Q'
		if mark == 0 && plain {
			q.answer, q.talk = true, true
		}
		if mark != 0 {
			d.interview = true // the questions are the interviewer's, no protocol's person
		}
	}
	q.talk = q.talk || q.question && (addressesGuestDE(toks, text) || namesGuestDE(toks, text, q.guest)) || q.answer && unquotedCatEN(toks, text, cFirstSing|cFirstPl)
	if q.answer && q.talk && (who == "" || carried) {
		return q.guest, true
	}
	if q.question && carried {
		return "", false
	}
	return who, carried
}

// introGuestDE returns the first person the text named before the current
// unit by a plain name of two words or more; "" when there is none.
func (d *docState) introGuestDE() string {
	for i := 0; i < d.before && i < len(d.people); i++ {
		if p := &d.people[i]; p.surname != "" && p.surname != p.name && plainName(p.name) {
			return p.name
		}
	}
	return ""
}

// addressesGuestDE reports whether the unit addresses someone outside
// double quotation marks: "du", "dein" … (cSecond) in any case, or a
// polite "Sie", "Ihr", "Ihnen" … capitalised after the unit's first two
// tokens (the mark and its colon), where a capital is no sentence start.
func addressesGuestDE(toks []token, text string) bool {
	quoted := false
	for i := range toks {
		if doubleQuote(&toks[i], text) {
			quoted = !quoted
			continue
		}
		if quoted {
			continue
		}
		if toks[i].cat&cSecond != 0 {
			return true
		}
		if i > 2 && politeDE[text[toks[i].s:toks[i].e]] {
			return true
		}
	}
	return false
}

// namesGuestDE reports whether the unit names the guest by the surname
// ("Frau Ortlieb, warum …"): a question put to the guest by name.
func namesGuestDE(toks []token, text, guest string) bool {
	surname := guest[strings.LastIndexByte(guest, ' ')+1:]
	if surname == "" {
		return false
	}
	for i := range toks {
		if text[toks[i].s:toks[i].e] == surname {
			return true
		}
	}
	return false
}

// politeDE are the forms of the polite "Sie", capitalised.
var politeDE = map[string]bool{
	"Sie": true, "Ihnen": true, "Ihr": true, "Ihre": true, "Ihrer": true, "Ihren": true, "Ihrem": true, "Ihres": true,
}
