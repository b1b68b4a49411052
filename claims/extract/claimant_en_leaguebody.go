package extract

import "strings"

// "The Tarnish Valley Hockey Federation fined the club. The league said
// …": a sports federation is also called "the league", so the
// description's noun matches a name whose head is the other word of the
// pair (nounBodyEN).

// headMatchesEN reports whether head, the head noun of a body's name
// (bodyHeadEN), is the description's noun, case folded, or its plural in
// "-s" ("Westbrook Airlines" for "the airline"), "federation" for
// "league", or a company's legal form (legalFormEN: "Harbor Foods Inc.")
// for "company" and "firm".
func headMatchesEN(head, noun string) bool {
	return strings.EqualFold(head, noun) || len(head) == len(noun)+1 && (head[len(noun)] == 's') && strings.EqualFold(head[:len(noun)], noun) ||
		noun == "league" && strings.EqualFold(head, "federation") ||
		(noun == "company" || noun == "firm") && legalFormEN(strings.TrimSuffix(head, "."))
}

// preferNounBodyEN reports whether a name that nounBodyEN found should
// replace body, the body last quoted: when the description before the
// verb of saying v is "the league" and body's head noun is not one
// headMatchesEN takes for it ("the league said" after quoted researchers).
func preferNounBodyEN(toks []token, v int, body string) bool {
	noun := toks[verbGroupStartEN(toks, v)-1].low
	return noun == "league" && !headMatchesEN(bodyHeadEN(body), noun)
}
