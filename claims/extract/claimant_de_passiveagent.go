package extract

import "strings"

// A German passive names the one who takes a position as its agent, after
// "von" or "vom": "Der Plan wurde vom Mieterbund scharf kritisiert",
// "Von den Fischern wird befürchtet, dass …", "Die Stadt wurde von den
// Eltern aufgefordert, …". The participle that closes the clause is a
// verb of judging, demanding or doubting; the agent phrase is the
// claimant. Verbs that also name an official act ("bestätigt" in an
// office, "verurteilt" to a sentence, "gewählt") are not among them.

// stanceParticiplesDE are participles of verbs of judging, demanding,
// doubting and declaring that make the agent of a passive a claimant.
var stanceParticiplesDE = map[string]bool{
	"kritisiert": true, "angezweifelt": true, "bezweifelt": true, "angenommen": true, "vermutet": true,
	"befürchtet": true, "gewertet": true, "bewertet": true, "eingeschätzt": true, "beurteilt": true,
	"angesehen": true, "bezeichnet": true, "aufgefordert": true, "gefordert": true, "verlangt": true,
	"begrüßt": true, "gelobt": true, "bemängelt": true, "beklagt": true, "abgelehnt": true,
	"zurückgewiesen": true, "dementiert": true, "bestritten": true, "erklärt": true, "betont": true,
}

// stanceFilterDE is the wordFilter of stanceParticiplesDE.
var stanceFilterDE = newWordFilter(stanceParticiplesDE)

// stanceParticipleDE reports whether w is a word of stanceParticiplesDE,
// asking the map only for a word that may be one: six bytes or more,
// ending in "t" or "n" (as all of them do; TestStanceParticipleDE checks
// it) and passing stanceFilterDE. Most words of a unit do not, and
// passiveAgentDE asks for every one.
func stanceParticipleDE(w string) bool {
	n := len(w)
	return n >= 6 && (w[n-1] == 't' || w[n-1] == 'n') && stanceFilterDE.mayHold(w) && stanceParticiplesDE[w]
}

// anyStanceParticipleDE reports whether a token of toks is a word of
// stanceParticiplesDE (stanceParticipleDE).
func anyStanceParticipleDE(toks []token) bool {
	for k := range toks {
		if stanceParticipleDE(toks[k].low) {
			return true
		}
	}
	return false
}

// passiveAgentDE returns the agent of a passive whose clause closes with a
// participle of stanceParticiplesDE: the noun phrase after "von"/"vom"
// (agentPhraseEndDE) after a form of "werden" in the clause, or opening
// the clause before it, outside quotation marks; "" otherwise.
func (d *docState) passiveAgentDE(toks []token, text string, lex lexicon) string {
	if d.lacks(toks, wsStance) || !anyStanceParticipleDE(toks) {
		return "" // most units: no token for the clause's last word
	}
	return firstUnquotedDE(toks, text, func(v int) string {
		if !stanceParticipleDE(toks[v].low) || v+1 < len(toks) && !toks[v+1].is(tPunct) {
			return "" // not a participle that closes its clause
		}
		s, aux, k := clauseStart(toks, v), -1, -1
		for i := s; i < v; i++ {
			switch toks[i].low {
			case "wird", "wurde", "wurden", "werden", "worden":
				if aux < 0 {
					aux = i
				}
			case "von", "vom":
				if k < 0 || aux >= 0 && k < aux {
					k = i // "Das Urteil von Lindau wurde vom Senat …": the phrase after the auxiliary
				}
			}
		}
		if aux < 0 || k < 0 || k < aux && k != s {
			return "" // "Der Radweg von Lindau wurde …": a "von" before the auxiliary only opening the clause
		}
		e := agentPhraseEndDE(toks, k+1, v)
		if e == k+1 {
			return ""
		}
		return dativePluralDE(toks, k, d.sourceAfterDE(toks, text, k, e, lex))
	})
}

// agentPhraseEndDE returns where the noun phrase that starts at s ends,
// before z at the latest: articles, inflected lower-case adjectives,
// capitalised words, genitive links and a parenthesis of one word.
func agentPhraseEndDE(toks []token, s, z int) int {
	e := s
	for e < z {
		t := &toks[e]
		switch {
		case t.p == '(' && e+2 < z && toks[e+2].p == ')':
			e += 3 // "vom Gerichtshof (IGH) in …"
			continue
		case capWord(t) || t.cat&cDet != 0 || lowerWord(t) && (inflectedDE(t.low) || genitiveLinkDE(t.low)):
			e++
			continue
		}
		break
	}
	for e > s && (toks[e-1].cat&cDet != 0 || lowerWord(&toks[e-1])) {
		e-- // not a trailing article or adjective
	}
	return e
}

// dativePluralDE writes a plural agent after "von den" or a bare "von"
// in the nominative: a last word in -ern or -eln loses the dative -n
// ("von den Anwohnern" → "Anwohner", "von Beobachtern" → "Beobachter").
func dativePluralDE(toks []token, k int, who string) string {
	if toks[k].low != "von" || k+1 < len(toks) && toks[k+1].cat&cDet != 0 && toks[k+1].low != "den" {
		return who
	}
	if strings.HasSuffix(who, "ern") || strings.HasSuffix(who, "eln") {
		return who[:len(who)-1]
	}
	return who
}
