package extract

import "strings"

// A German verb at the end of its clause ("… können sich von der
// Beratungsstelle der Stadt informieren lassen") has the object of a
// preposition right before it, not its subject: a noun after a
// preposition and an article is never the subject.

// prepObjectDE reports whether the name at token k, or the noun that heads
// it with a genitive ("Beratungsstelle der Stadt" for "Stadt"), follows a
// preposition and an article, perhaps with adjectives between ("von der
// neuen Beratungsstelle"), before the verb at v. Not an object: the agent
// of a participle after "von" ("wie von der Kommission gefordert") and a
// noun of communication, which names a source ("in einer Mitteilung der
// Stadt gefordert").
func prepObjectDE(toks []token, k, v int) bool {
	if h := genitiveHeadDE(toks, k); h >= 0 {
		k = h
	}
	if communicationNounsDE[toks[k].low] {
		return false
	}
	j := k - 1
	for j >= 0 && k-j <= 3 && lowerWord(&toks[j]) && toks[j].cat&cDet == 0 && inflectedDE(toks[j].low) {
		j-- // "der neuen"
	}
	if j < 1 || toks[j].cat&cDet == 0 || !prepositionsBeforeDE[toks[j-1].low] {
		return false
	}
	p := toks[j-1].low
	return p != "von" && p != "vom" || v < len(toks) && strings.HasSuffix(toks[v].low, "en")
}
