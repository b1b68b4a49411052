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
