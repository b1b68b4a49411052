package extract

import "strings"

// German bodies are often named by a head noun and a remit of nouns joined
// by "und": "die Gewerkschaft Erziehung und Wissenschaft", "der Verband
// Bildung und Erziehung", "die Berufsgenossenschaft Handel und
// Warenlogistik". The rules that read names stop at the lower-case "und",
// so the claimant became the last noun ("Wissenschaft") or the two parts
// two claimants. andNameDE gives the body's whole name.

// andHeadsDE are endings of head nouns of associations and public bodies
// that take such a remit (a closed class of nouns of institutions, besides
// forHeadsDE and bodyHeadsDE).
var andHeadsDE = [...]string{"gewerkschaft", "genossenschaft", "bund", "partei", "verein", "union"}

// andHeadDE reports whether the capitalised word w heads a body's name.
func andHeadDE(w string) bool {
	if forHeadDE(w) || bodyHeadDE(w) != "" {
		return true
	}
	for _, h := range andHeadsDE {
		if hasSuffixFold(w, h) {
			return true
		}
	}
	return false
}

// andNameDE returns the whole name of a body "<head> <Noun> und <Noun>"
// in the unit when each part of who ("A; B") lies inside one such name
// and who is not the whole of it; else who. Such a name needs a token
// "und" (andRemitEndDE): a unit without one (hasToken, cheaper than
// looking for " und " in its text) keeps who.
func (d *docState) andNameDE(toks []token, text, who string) string {
	if who == "" || !hasToken(toks, "und") || !strings.Contains(text, " und ") {
		return who
	}
	return d.andNameInDE(toks, text, who)
}

// andNameInDE is andNameDE for a unit with " und " in it.
func (d *docState) andNameInDE(toks []token, text, who string) string {
	for h := 0; h+3 < len(toks); h++ {
		if !capWord(&toks[h]) || !capWord(&toks[h+1]) || !andHeadDE(text[toks[h].s:toks[h].e]) {
			continue
		}
		e := andRemitEndDE(toks, h+1)
		if e < 0 || !spanHoldsDE(toks, text, h, e, who) {
			continue
		}
		name := text[toks[h].s:toks[e-1].e]
		if name == who {
			return who
		}
		if h > 0 && toks[h-1].cat&cDet != 0 {
			name = nominativeDE(toks[h-1].low, name)
		}
		return name
	}
	return who
}

// andRemitEndDE returns where a remit of capitalised nouns joined by one
// "und" that starts at k ends ("Erziehung und Wissenschaft"), -1 when
// there is no "und" in it.
func andRemitEndDE(toks []token, k int) int {
	if k+2 >= len(toks) || !capWord(&toks[k]) {
		return -1
	}
	j := k + 1
	for j < len(toks) && j-k < 3 && capWord(&toks[j]) {
		j++
	}
	if j+1 >= len(toks) || toks[j].low != "und" || !capWord(&toks[j+1]) {
		return -1
	}
	return j + 2
}

// andBodyNameDE reports whether the German name opens with a body's head
// noun (andHeadDE) and holds " und " ("Gewerkschaft Erziehung und
// Wissenschaft").
func andBodyNameDE(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	return strings.Contains(name, " und ") && andHeadDE(first)
}
