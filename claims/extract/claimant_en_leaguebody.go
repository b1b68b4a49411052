package extract

import "strings"

// "The Tarnish Valley Hockey Federation fined the club. The league said
// …": a sports federation is also called "the league", so the
// description's noun matches a name whose head is the other word of the
// pair (nounBodyEN).

// headMatchesEN reports whether head, the head noun of a body's name
// (bodyHeadEN), is the description's noun, case folded, or "federation"
// for "league".
func headMatchesEN(head, noun string) bool {
	return strings.EqualFold(head, noun) || noun == "league" && strings.EqualFold(head, "federation")
}
