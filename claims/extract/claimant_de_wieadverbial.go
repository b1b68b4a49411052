package extract

import "strings"

// "…, wie ein Sprecher des Klinikverbunds am Mittwoch bestätigte", "…, wie
// das Bundesamt für X (BX) am Freitag in Talstadt mitteilte": in a
// "wie"-clause an adverbial of time or place may stand between the
// subject and the verb at the clause's end. The subject is read as if the
// adverbials were not there, so that the weekday or the place is not
// taken for the name before the verb. A body only described by its head
// noun ("wie ein Sprecher der Brüsseler Behörde am Dienstag sagte") is
// left to the rules that read the clause as before (describedHeadDE): they
// name the body the text named.

// wieAdverbialStartDE returns where the adverbials of time and place that
// end a German "wie"-clause right before the verb v start ("am Mittwoch",
// "am Freitag in Talstadt", "zuvor"; a place only after a time), after a
// short parenthesis before them ("(BAMF)"), or v when the verb does not
// close such a clause or no adverbial of time stands before it.
func wieAdverbialStartDE(toks []token, v int) int {
	p := placeStartDE(toks, v) // "in Nürnberg"
	s := p
	for s > 2 {
		if shortAdverbDE(toks[s-1].low) || toks[s-1].cat&cRelDate != 0 {
			s--
		} else if (toks[s-2].low == "am" || toks[s-2].low == "vom") && weekdayWordDE(toks[s-1].low) {
			s -= 2
		} else {
			break
		}
	}
	if s == p {
		return v // no adverbial, or a place alone: "…, wie ein Sprecher in Talstadt sagte" stays with placeBeforeDE
	}
	s = parenBefore(toks, s)
	if w := wieClause(toks, s, true); w < 0 || s < w+2 {
		return v // no subject left before the adverbials: "…, wie am Freitag mitgeteilt wurde"
	}
	return s
}

// placeStartDE returns where "in" and the capitalised words after it that
// end right before e start ("in Nürnberg"), else e.
func placeStartDE(toks []token, e int) int {
	k := e
	for k > 0 && capWord(&toks[k-1]) {
		k--
	}
	if k == e || k == 0 || toks[k-1].low != "in" {
		return e
	}
	return k - 1
}

// describedHeadDE reports whether who ends in the bare head noun of a body
// ("Brüsseler Behörde", "Ministerium"): a description, not a name.
func describedHeadDE(who string) bool {
	last := who[strings.LastIndexByte(who, ' ')+1:]
	return bodyHeadDE(last) == last
}
