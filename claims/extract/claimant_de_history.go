package extract

import "strings"

// historyWrittenDE reports whether v is a form of "schreiben" whose clause
// holds "Geschichte" or a compound ending in it ("hat Medizingeschichte
// geschrieben", "der Geschichte schreibt"): making history, no statement.
// The clause is read three words back and six on, up to punctuation.
func historyWrittenDE(toks []token, v int) bool {
	w := toks[v].low
	if !strings.HasPrefix(w, "schreib") && !strings.HasPrefix(w, "schrieb") && w != "geschrieben" {
		return false
	}
	for k := v - 1; k >= 0 && k >= v-3 && !toks[k].is(tPunct); k-- {
		if strings.HasSuffix(toks[k].low, "geschichte") {
			return true
		}
	}
	for k := v + 1; k < len(toks) && k <= v+6 && !toks[k].is(tPunct); k++ {
		if strings.HasSuffix(toks[k].low, "geschichte") {
			return true
		}
	}
	return false
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
