package extract

import "strings"

// bareAnswerDE reports whether "antworten" or "erwidern" at v names only
// the act of answering ("Sie antwortet erst nach einer Pause."): the unit has no
// quotation mark, colon, "dass" or Konjunktiv that could carry what was
// answered.
func bareAnswerDE(toks []token, v int) bool {
	w := toks[v].low
	if !strings.HasPrefix(w, "antwort") && !strings.HasPrefix(w, "geantwortet") && !strings.HasPrefix(w, "erwider") {
		return false
	}
	for k := range toks {
		t := &toks[k]
		if t.is(tQuote) || t.p == ':' || t.low == "dass" || t.cat&cKonj1 != 0 {
			return false
		}
	}
	return true
}
