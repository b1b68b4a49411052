package extract

import "strings"

// "Harbor Bank said … The regulator said …": a body whose name ends in a
// noun for a business ("Bank", "Corp") is not what a description of a
// public or representative body refers to; "the regulator said" is then
// left without a claimant rather than given the bank.

// bodyOfKindEN returns body unless the noun of the English description
// before the verb of saying v is a publicBodyNounEN ("the regulator") and
// the body's last word a businessNounEN or, but for a governmentNounEN,
// the body not of a body's form (orgNameEN: a one-word name the text
// never gave as a person's is noted as a body too); "" then. The other
// way round too: a description of a business ("the central bank", "the
// company") does not refer to a body whose last word is a
// governmentNounEN ("the agriculture ministry"). Nor does one public
// body's noun refer to a body whose head is another's ("the union
// said" after the Northern Health Board; "the diocese said" after the
// Norbury Council of Mosques: the head before "of"), but for the nouns of what a
// body does ("the regulator" for the Water Supervision Authority).
func bodyOfKindEN(toks []token, v int, body string) string {
	if body == "" {
		return ""
	}
	return bodyOfKindNounEN(toks[verbGroupStartEN(toks, v)-1].low, body)
}

// bodyOfKindNounEN is bodyOfKindEN for the description's noun.
func bodyOfKindNounEN(noun, body string) string {
	last := strings.ToLower(strings.TrimSuffix(body[strings.LastIndexByte(body, ' ')+1:], "."))
	if publicBodyNounEN(noun) && (businessNounEN(last) || !orgNameEN(body) && !governmentNounEN(noun)) {
		return "" // not "Harbor Bank", nor "Okonjo" noted as a one-word body
	}
	if head := strings.ToLower(bodyHeadEN(body)); bodyKindNounEN(noun) && bodyKindNounEN(head) && !headMatchesEN(head, noun) && !foldIn(noun, "regulator", "operator", "watchdog") {
		return "" // "the union said" after "the Northern Health Board said"
	}
	if businessNounEN(noun) && (governmentNounEN(last) || representativeNounEN(last)) {
		return "" // "the central bank said" after "the agriculture ministry said"; "the company said" after "the Bus Workers' Union said"
	}
	if governmentNounEN(noun) && last != noun && otherBodyHeadEN(last) {
		return "" // "the ministry said" after "Police said": the police are no ministry
	}
	return body
}

// otherBodyHeadEN reports whether w, the last word of a body's name in
// lower case, is itself the noun of a body (bodyNounEN) or of a public
// institution ("police", "court"): a body of that kind, which a
// description by another noun does not take up.
func otherBodyHeadEN(w string) bool {
	return bodyNounEN(w) || foldIn(w, "police", "court", "army", "military", "navy", "government", "parliament",
		"senate", "congress", "party", "campaign", "school", "hospital", "church")
}

// representativeNounEN reports whether w, the last word of a body's name
// in lower case, names a body that represents its members ("union",
// "association"): no business, which "the company" would take up.
func representativeNounEN(w string) bool {
	return foldIn(w, "union", "association", "federation", "league", "guild", "alliance", "party")
}

// bodyKindNounEN reports whether w is a noun for a public body
// (publicBodyNounEN) or for one that represents its members
// (representativeNounEN): "the association" takes up no board.
func bodyKindNounEN(w string) bool { return publicBodyNounEN(w) || representativeNounEN(w) }

// publicBodyNounEN reports whether w is one of the nouns for a body that
// regulates, represents or governs ("regulator", "union", "council",
// "ministry"), which a business's name does not take up ("Kestrel Airways
// … The transport ministry said" is not the airline). Checking every body noun
// against every other lost four training units ("Harbor Corp … the
// company said").
func publicBodyNounEN(w string) bool {
	return foldIn(w, "regulator", "operator", "watchdog", "union", "council", "board", "commission", "authority", "club", "ministry", "department", "agency", "office",
		"bureau", "unit", "trust", "diocese", "inspectorate", "service")
}

// businessNounEN reports whether w, the last word of a body's name in
// lower case, names a business.
func businessNounEN(w string) bool {
	return foldIn(w, "bank", "company", "corporation", "corp", "inc", "ltd", "llc", "plc", "group", "holdings", "airlines", "airways")
}

// governmentNounEN reports whether w is a noun for a part of a government,
// which may take up a one-word name ("Norland … the ministry said"): only a
// business's name is refused for it (refusing every name not of a body's
// form lost such units in the 600-text run, training articles).
func governmentNounEN(w string) bool {
	return foldIn(w, "ministry", "department", "agency", "office")
}
