package extract

import "strings"

// Web pages that link a politician's name to a profile print the
// profile's full name right after the name, glued to the next link's
// headline: "Sen. Nora Calloway Nora Beth CallowayHarbor tolls rise …",
// "Rep. Tom Fenwick Thomas (Tom) Alan FenwickLawmakers clash …". A run of
// capitalised words read as one name then holds the name and the start
// of the profile's. The person is the name before the repeat: the run is
// cut where it starts over with its own first word ("Nora Calloway Nora
// Beth …" → "Nora Calloway": startOverCutEN) or before a word followed by
// a nickname in parentheses ("Tom Fenwick Thomas (Tom)" → "Tom Fenwick":
// nicknameCutEN), so that a later "Calloway" or "Fenwick" is that person.

// startOverCutEN returns the English name cut before the first of its
// words that repeats its first word two words later or more ("Nora
// Calloway Nora Beth CallowayHarbor" → "Nora Calloway"), or without its
// first word before a repeat of its second ("Justices Ray Odom Ray
// OdomFive" → "Ray Odom": the first word led the name); name otherwise.
func startOverCutEN(name string) string {
	if strings.Count(name, " ") < 2 {
		return name
	}
	words := strings.Fields(name)
	for k := 2; k < len(words); k++ {
		if words[k] == words[0] {
			return strings.Join(words[:k], " ")
		}
		if k >= 3 && words[k] == words[1] {
			return strings.Join(words[1:k], " ") // the first word leads the name: "Leader", "Justices"
		}
	}
	return name
}

// nicknameCutEN returns the end of the English name run toks[i:j] without
// its last word when the run has three words at least and a nickname in
// parentheses follows it ("Tom Fenwick Thomas (Tom)": a capitalised word
// in lower case after its first letter, not a party tag "(D)"); j
// otherwise.
func nicknameCutEN(toks []token, text string, i, j int, de bool) int {
	if de || j-i < 3 || j+2 >= len(toks) || toks[j].p != '(' || toks[j+2].p != ')' {
		return j
	}
	n := &toks[j+1]
	if !n.is(tCap) || n.is(tPunct) || n.e-n.s < 2 || n.cat&(cRole|cNotName) != 0 || allCaps(text[n.s:n.e]) {
		return j
	}
	return j - 1
}

// maxProfileBlock is the most tokens from a profile link's name back from
// its closing "MORE" (the linked headlines between may be several).
const maxProfileBlock = 90

// profileOwnerEN returns the person whose profile link ends at the
// claimant who when who is the link's closing label "MORE" ("…, said
// Rep. Tom Fenwick Thomas (Tom) Alan FenwickLawmakers clash … MORE
// (R-Idaho)."): the nearest name before it that starts over or is
// followed by a nickname (startOverCutEN, nicknameCutEN); who otherwise.
func (d *docState) profileOwnerEN(toks []token, text, who string, lex lexicon) string {
	if who != "MORE" && !strings.HasSuffix(who, " MORE") {
		return who
	}
	m := -1
	for i := len(toks) - 1; i >= 0; i-- {
		if toks[i].low == "more" && text[toks[i].s:toks[i].e] == "MORE" {
			m = i
			break
		}
	}
	for k := m - 2; k >= 0 && m-k <= maxProfileBlock; k-- {
		if !toks[k].is(tCap) || toks[k].is(tPunct) || k > 0 && toks[k-1].is(tCap) && !toks[k-1].is(tPunct) && toks[k-1].cat&cRole == 0 {
			continue // the first word of a run of capitalised words
		}
		j := nameRun(toks, k, false)
		if j-k < 3 {
			continue
		}
		if name := text[toks[k].s:toks[j-1].e]; startOverCutEN(name) != name || nicknameCutEN(toks, text, k, j, false) != j {
			if p := d.nameAt(toks, text, k, false, lex, false, false); p != "" {
				return p
			}
		}
	}
	return who
}
