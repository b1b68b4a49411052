package extract

import "strings"

// "Fachleute hatten den Kai als zu schmal betrachtet", "ein von
// Kritikern als zu teuer eingeschätzter Plan", "Die Brücke gilt bei
// Beobachtern als marode": to regard something as something ("als …
// betrachten, ansehen, einschätzen, werten, einstufen", "gilt bei … als")
// is to take a position; its holder is the claimant. Only a group of
// groupNounsDE ("Beobachter", "Kritiker") is read as the holder here: the
// subject that opens the unit, the agent after "von" or the one after
// "bei" of "gilt".

// judgedAsDE returns the group that regards something as something in the
// unit (see above), in the nominative ("Beobachtern" → "Beobachter"); ""
// when there is none.
func judgedAsDE(toks []token, text string) string {
	for a := 1; a+1 < len(toks); a++ {
		if toks[a].low != "als" {
			continue
		}
		s := clauseStart(toks, a)
		if judgeVerbAfterDE(toks, a) {
			if s == 0 {
				if g := groupAtDE(toks, text, 0); g != "" {
					return g // "Fachleute hatten … als … betrachtet"
				}
			}
			if k := wordBeforeDE(toks, s, a, "von"); k >= 0 {
				if g := groupAtDE(toks, text, k+1); g != "" {
					return g // "ein von Kritikern als … eingeschätzter Plan"
				}
			}
		}
		if k := wordBeforeDE(toks, s, a, "bei"); k > s && holdsValidityDE(toks[s:k]) {
			if g := groupAtDE(toks, text, k+1); g != "" {
				return g // "gilt bei Beobachtern als marode"
			}
		}
	}
	return ""
}

// judgeVerbsDE are the forms of the verbs of regarding as (after "als"):
// finite, infinitive and participle, the participle also declined
// ("angesehene").
var judgeVerbsDE = map[string]bool{
	"betrachtet": true, "betrachten": true, "betrachtete": true, "betrachteten": true,
	"angesehen": true, "angesehene": true, "angesehenen": true, "ansehen": true,
	"eingeschätzt": true, "eingeschätzte": true, "eingeschätzten": true, "einschätzen": true,
	"gewertet": true, "gewertete": true, "werten": true, "wertet": true, "wertete": true, "werteten": true,
	"eingestuft": true, "eingestufte": true, "einstufen": true,
}

// judgeVerbAfterDE reports whether a verb of judgeVerbsDE stands after the
// "als" at a in its clause.
func judgeVerbAfterDE(toks []token, a int) bool {
	for k := a + 1; k < len(toks) && !clauseBreak(&toks[k]); k++ {
		if judgeVerbsDE[toks[k].low] {
			return true
		}
	}
	return false
}

// wordBeforeDE returns the index of the lower-case word w between s and a
// (the last one), -1 when there is none.
func wordBeforeDE(toks []token, s, a int, w string) int {
	for k := a - 1; k >= s; k-- {
		if toks[k].low == w {
			return k
		}
	}
	return -1
}

// holdsValidityDE reports whether toks hold a form of "gelten" ("gilt",
// "galt", "gelten", "galten").
func holdsValidityDE(toks []token) bool {
	for i := range toks {
		switch toks[i].low {
		case "gilt", "galt", "gelten", "galten":
			return true
		}
	}
	return false
}

// groupAtDE returns the group noun of groupNounsDE at k or right after
// one lower-case word at k (an article, "vielen", "den"), in the
// nominative: the dative plural's "n" cut ("Beobachtern" → "Beobachter");
// "" when there is none.
func groupAtDE(toks []token, text string, k int) string {
	for j := k; j < len(toks) && j <= k+1; j++ {
		t := &toks[j]
		if !capWord(t) {
			continue
		}
		w := text[t.s:t.e]
		if groupNounDE(t.low) {
			return w
		}
		if strings.HasSuffix(t.low, "n") && groupNounDE(strings.TrimSuffix(t.low, "n")) {
			return strings.TrimSuffix(w, "n")
		}
		return ""
	}
	return ""
}
