package extract

import (
	"strings"
	"unicode"
)

// After a firm is named ("Die Stadtwerke Velden erhöhen …"), news refer to
// it by a general noun for a firm with adjectives ("teilte das kommunale
// Unternehmen mit", "Wie der angeschlagene Konzern mitteilte"). The guide
// names the firm, as for the bare noun (kindNameDE), not the description
// ("kommunales Unternehmen") or the bare noun. An adjective that sets
// another firm apart ("das andere Unternehmen", "der zweite Konzern")
// keeps the claimant as it is.

// contrastAdjectivesDE are stems of German adjectives that single out
// another member of a kind than the one named (closed class).
var contrastAdjectivesDE = [...]string{"ander", "zweit", "dritt", "weiter", "übrig", "beid", "gegnerisch", "konkurrierend", "fremd", "neu"}

// describedFirmDE returns the firm the text last named when who is a
// general noun for a firm (firmNounsDE), bare or after lower-case
// adjectives, and the unit writes that noun after a definite article and
// lower-case adjectives, none of them contrastAdjectivesDE; who otherwise.
func (d *docState) describedFirmDE(toks []token, text, who string) string {
	head := who[strings.LastIndexByte(who, ' ')+1:]
	if !firmNounsDE[head] {
		return who // the common case: no firm's noun
	}
	firm := d.descs[firmKeyDE]
	if firm == "" || strings.IndexFunc(who[:len(who)-len(head)], unicode.IsUpper) >= 0 {
		return who // no firm named before, or capitalised words before the noun: a name
	}
	for n := 2; n < len(toks); n++ {
		if text[toks[n].s:toks[n].e] == head && describedAfterArticleDE(toks, n) {
			return firm
		}
	}
	return who
}

// describedAfterArticleDE reports whether the noun at toks[n] follows
// "der", "die" or "das" and one to three lower-case adjectives, none of
// them contrastAdjectivesDE ("das kommunale Unternehmen").
func describedAfterArticleDE(toks []token, n int) bool {
	a := n
	for a > 0 && n-a < 3 && lowerWord(&toks[a-1]) && inflectedDE(toks[a-1].low) && toks[a-1].cat&cDet == 0 {
		a--
	}
	if a == n || a == 0 {
		return false
	}
	switch toks[a-1].low {
	case "der", "die", "das":
	default:
		return false
	}
	for k := a; k < n; k++ {
		for _, c := range contrastAdjectivesDE {
			if strings.HasPrefix(toks[k].low, c) {
				return false
			}
		}
	}
	return true
}
