package extract

import "strings"

// describedBodyEN returns the description of a body before the English verb
// of saying v when no body named before is the one it describes and it
// names its body by a modifier ("the central bank said", "the state
// broadcaster said"): the words after "the" ("central bank"); "" for a
// bare noun ("the company said"), which names no one by itself, and for
// words the text wrote before ("A civil rights group asked … the rights
// group said"): a description taken up again refers to what it described.
// bodyDescriptionEN holds: "the", one to three lower-case words, the noun.
func (d *docState) describedBodyEN(toks []token, text string, v int) string {
	e := verbGroupStartEN(toks, v)
	if e < 3 || toks[e-2].low == "the" || !lowerWord(&toks[e-2]) {
		return ""
	}
	b := e - 2
	for b > 0 && toks[b-1].low != "the" {
		b--
	}
	if desc := text[toks[b].s:toks[e-1].e]; !strings.Contains(d.docBefore, desc) {
		return desc
	}
	return ""
}
