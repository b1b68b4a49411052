package extract

import "strings"

// A German text that has named a person goes on to call them by a noun of
// office or trade with the body it belongs to, in the genitive: "Chriss
// Roth betreibt die Tanzschule. …, sagt der Inhaber der Tanzschule", "sagt
// die Leiterin des Heims". The guide wants the person's fullest name, so
// such a description after a definite article is, like a bare noun of
// office (definiteNounDE), the one person of its gender the last units
// named in full, else the last speaker of its gender.

// genitiveRoleDE returns the person a claimant of the form noun + genitive
// ("Inhaber der Tanzschule", "Leiterin des Heims") refers back to when the
// unit writes the noun after "der" or "die" (perhaps with adjectives) and
// the noun names a person by its ending (personNounGender; not a
// spokesperson, who speaks for the body): the one person of its gender the
// last units named in full, else the last speaker of its gender the text
// knows by a full name (his quotes two paragraphs before); else who.
func (d *docState) genitiveRoleDE(toks []token, text, who string, lex lexicon) string {
	noun, rest, ok := strings.Cut(who, " ")
	if !ok || strings.IndexByte(who, ';') >= 0 {
		return who
	}
	link, _, _ := strings.Cut(rest, " ")
	if !upperFirst(noun) || !genitiveLinkDE(link) {
		return who
	}
	for k := 1; k+1 < len(toks); k++ {
		if text[toks[k].s:toks[k].e] != noun || toks[k+1].low != link {
			continue
		}
		a := adjectivesBackDE(toks, k) - 1
		if a < 0 || toks[a].low != "der" && toks[a].low != "die" {
			continue
		}
		if g := personNounGender(toks[a].low, &toks[k], lex); g != 0 {
			if p := d.recentPersonDE(g); p != "" {
				return p
			}
			if p := personOnlyDE(d.lastSpeakerOfDE(g, who)); p != "" && fullNameShapeDE(p) {
				return p // "sagt der Inhaber der Tanzschule" after his quotes two paragraphs before
			}
		}
		return who
	}
	return who
}
