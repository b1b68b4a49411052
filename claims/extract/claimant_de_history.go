package extract

import "strings"

// historyWrittenDE reports whether v is a form of "schreiben" whose clause
// holds "Geschichte" or a compound ending in it ("hat Medizingeschichte
// geschrieben", "der Geschichte schreibt"): making history, no statement;
// so do books and balances (writtenWorkDE, balanceWrittenDE).
// The clause is read three words back and six on, up to punctuation; a
// balance eight words back, as a verb at the clause's end has its object
// and figure before it ("hat einen Verlust von 18,3 Millionen Euro
// geschrieben").
func historyWrittenDE(toks []token, v int) bool {
	w := toks[v].low
	if !strings.HasPrefix(w, "schreib") && !strings.HasPrefix(w, "schrieb") && w != "geschrieben" {
		return false
	}
	for k := v - 1; k >= 0 && k >= v-8 && !toks[k].is(tPunct); k-- {
		if k >= v-3 && writtenWorkDE(toks, k) || balanceWrittenDE(toks, k) {
			return true
		}
	}
	for k := v + 1; k < len(toks) && k <= v+6 && !toks[k].is(tPunct); k++ {
		if writtenWorkDE(toks, k) || balanceWrittenDE(toks, k) {
			return true
		}
	}
	return false
}

// writtenWorkDE reports whether the word at k makes "schreiben" an act,
// no statement: "Geschichte" or a compound of it, a book or novel
// ("ein Buch geschrieben", "schreibt Romane"), or the figures of a
// balance ("schreibt schwarze Zahlen").
func writtenWorkDE(toks []token, k int) bool {
	w := toks[k].low
	for _, suf := range [...]string{"geschichte", "buch", "bücher", "roman", "romane"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return w == "zahlen" && k > 0 && (toks[k-1].low == "schwarze" || toks[k-1].low == "rote")
}

// columnTaglineDE reports whether v is a form of "schreiben" next to
// "hier" ("schreibt hier jeden Mittwoch", "Hier schreibt sie im Wechsel
// mit …"): the tagline of a column names its author, no statement.
func columnTaglineDE(toks []token, v int) bool {
	if !strings.HasPrefix(toks[v].low, "schreib") {
		return false
	}
	return v > 0 && toks[v-1].low == "hier" || v+1 < len(toks) && toks[v+1].low == "hier"
}

// balanceWrittenDE reports whether the word at k is a result of a balance
// that one "writes" in German business language: a loss or a profit
// ("schrieb einen Verlust", "Rekordgewinne geschrieben"), or "ein
// Minus"/"ein Plus". Such "schreiben" posts a figure, no statement.
func balanceWrittenDE(toks []token, k int) bool {
	w := toks[k].low
	for _, suf := range [...]string{"verlust", "verluste", "gewinn", "gewinne"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return (w == "minus" || w == "plus") && k > 0 && toks[k-1].low == "ein"
}
