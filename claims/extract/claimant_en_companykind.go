package extract

import "strings"

// "The Department of Energy said …. The company reported a loss": a noun
// for a business does not refer to a part of a government, so "the
// company said" is left without a claimant rather than given the
// department the text quoted last (the converse of bodyOfKindEN).

// companyOfKindEN returns body unless the noun of the English description
// before the verb of saying v is a noun for a business ("company", "firm",
// "airline", "manufacturer" …) and the body's head noun (its last word, or
// the word before "of": "Department of Energy") a governmentNounEN; ""
// then.
func companyOfKindEN(toks []token, v int, body string) string {
	if body == "" || !foldIn(toks[verbGroupStartEN(toks, v)-1].low, "company", "firm", "airline", "carrier",
		"manufacturer", "retailer", "automaker", "insurer") {
		return body
	}
	head := body[strings.LastIndexByte(body, ' ')+1:]
	if k := strings.Index(body, " of "); k > 0 {
		head = body[strings.LastIndexByte(body[:k], ' ')+1 : k]
	}
	if governmentNounEN(strings.TrimSuffix(head, ".")) {
		return ""
	}
	return body
}
