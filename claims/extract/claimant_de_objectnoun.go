package extract

// In the perfect a bare object may stand between the subject and the
// participle: "Im Streit hatte die Stadt Bedenken geäußert", "Am Ende hat
// die Firma Fehler eingeräumt". The capitalised run after the article then
// reads "Stadt Bedenken". Verbs such as "äußern" or "einräumen"
// need an accusative object; when nothing else in the clause can be it,
// the run's last word is that object, not part of the subject's name.

// objectParticiplesDE are participles of verbs of saying that take a noun
// as their accusative object and that the lexicon counts as saying
// ("Zweifel geäußert", "Fehler eingeräumt").
var objectParticiplesDE = map[string]bool{"geäußert": true, "eingeräumt": true}

// bareObjectCutDE returns where the subject run toks[n:e] that follows the
// auxiliary at a ends when its last word is the bare object of the
// participle right after it; else e. It cuts only when the run has two
// words or more, the participle is one of objectParticiplesDE without
// "sich" in the clause and ends the sentence, and the clause opens with a
// preposition or an adverb before the auxiliary (so the Vorfeld holds no
// object: not "Diesen Vorwurf hatte die Stadt Hannover erhoben").
func bareObjectCutDE(toks []token, a, n, e int) int {
	if e-n < 2 || e+1 >= len(toks) || !objectParticiplesDE[toks[e].low] || toks[e+1].p != '.' {
		return e
	}
	c := clauseStart(toks, a)
	if c != 0 || a == c || !(prepositionDE(toks[c].low) || adverbDE[toks[c].low] || adverbsDE[toks[c].low]) {
		return e
	}
	for k := c; k < e; k++ {
		if toks[k].low == "sich" {
			return e // "hatte sich die Stadt Hannover geäußert"
		}
	}
	if !capWord(&toks[e-1]) || toks[e-1].cat&cNotName != 0 {
		return e
	}
	return e - 1
}
