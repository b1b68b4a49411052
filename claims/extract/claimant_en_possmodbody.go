package extract

// "Vandoria's foreign ministry said …": a name in the possessive, one to
// maxPossModifiers lower-case modifiers and a noun for a public body
// (publicBodyNounEN: "ministry", "agency", "board") open the clause of the
// verb of saying ("added" only before a clause or a quotation: "added
// more checkpoints" is no saying). The claimant is the phrase as written, the apostrophe
// kept as the text has it (straight or curly); possessiveAgentEN takes the
// noun right after the possessive only ("Vance’s campaign").

// maxPossModifiers is the most lower-case words between the possessive
// and the body's noun.
const maxPossModifiers = 3

// possessiveModifiedBodyEN returns the subject of the English verb of
// saying v when it is such a phrase; "" otherwise.
func possessiveModifiedBodyEN(toks []token, text string, v int) string {
	e := subjectEndEN(toks, auxiliaryStartEN(toks, v))
	if e < 3 || toks[e-1].is(tCap) || !publicBodyNounEN(toks[e-1].low) || addedThingEN(toks, v) {
		return ""
	}
	p := e - 2
	for p > 0 && e-1-p <= maxPossModifiers && plainLowerEN(&toks[p]) {
		p--
	}
	if p == e-2 || e-1-p > maxPossModifiers || !possessiveNameEN(&toks[p]) {
		return ""
	}
	s := capRunStart(toks, p)
	if !subjectStartEN(toks, s) {
		return ""
	}
	return text[toks[s].s:toks[e-1].e]
}

// addedThingEN reports whether the verb at v is a form of "add" followed
// by a word that is no punctuation and no "that": "added more checkpoints"
// adds a thing, it says nothing.
func addedThingEN(toks []token, v int) bool {
	switch toks[v].low {
	case "add", "adds", "added":
		return v+1 < len(toks) && !toks[v+1].is(tPunct) && toks[v+1].low != "that"
	}
	return false
}

// plainLowerEN reports whether t is a lower-case word of no closed class
// ("foreign", "transport"): no punctuation, no capital, no function word.
func plainLowerEN(t *token) bool {
	return !t.is(tPunct) && !t.is(tCap) && t.cat == 0
}
