package extract

import "strings"

// "Harbor Bank said … The regulator said …": a body whose name ends in a
// noun for a kind of body ("Bank", "Office", "Union") is not what a
// description of another kind refers to; "the regulator said" is then
// left without a claimant rather than given the bank.

// bodyOfKindEN returns body when the noun of the English description
// before the verb of saying v ("the regulator") may refer to it: the noun
// is no publicBodyNounEN, or the body's last word is no noun for a body
// (bodyNounEN or orgNameEN's words), or is the same noun; "" otherwise.
func bodyOfKindEN(toks []token, v int, body string) string {
	if body == "" {
		return ""
	}
	noun := toks[verbGroupStartEN(toks, v)-1].low
	last := strings.ToLower(body[strings.LastIndexByte(body, ' ')+1:])
	if last == noun || !publicBodyNounEN(noun) || !bodyNounEN(last) && !orgNameEN(last) {
		return body
	}
	return ""
}

// publicBodyNounEN reports whether w is one of the nouns for a body that
// regulates, represents or governs ("regulator", "union", "council"),
// which a company's name does not take up. Checking every body noun so
// lost four training units ("Harbor Corp … the company said").
func publicBodyNounEN(w string) bool {
	return foldIn(w, "regulator", "operator", "watchdog", "union", "council", "board", "commission", "authority", "club")
}
