package extract

import "strings"

// partyTagOwnerEN returns, for an English claimant who is a party-and-state
// tag ("R-Utah", "D-Calif."), the person the tag stands after: American
// news sets a lawmaker's party and state off by commas right after the
// name ("Rep. Ann Lee, R-Utah, said"), so the tag describes that name and
// is no speaker of its own. Any other claimant, or a tag with no name
// before it, is returned as it is.
func (d *docState) partyTagOwnerEN(toks []token, text, who string, lex lexicon) string {
	if !partyTagEN(who) {
		return who
	}
	at := strings.Index(text, who)
	for i := 2; i < len(toks); i++ {
		if toks[i].s != at {
			continue
		}
		if toks[i-1].p != ',' || !capWord(&toks[i-2]) {
			return who
		}
		if name := d.nameAt(toks, text, capRunStart(toks, i-1), false, lex, false, false); name != "" {
			return name
		}
		return who
	}
	return who
}

// partyTagEN reports whether w has the form of an American party-and-state
// tag: the party's initial (R, D or I), a hyphen and a capitalised state
// name or abbreviation.
func partyTagEN(w string) bool {
	if len(w) < 4 || w[1] != '-' || !strings.ContainsRune("RDI", rune(w[0])) || !upperFirst(w[2:]) {
		return false
	}
	return strings.IndexByte(w, ' ') < 0
}
