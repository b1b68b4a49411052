package extract

import "strings"

// topicOnlyDE reports whether the German verb at v only names a topic the
// speaker talks or writes about, with no statement in the unit: a form of
// "erzählen", "informieren" or "schreiben" whose clause holds "über" ("Sie
// schrieb über die Reform", "informierte die Gäste über den Umbau"), or
// "erzählen" with "von" ("Sie erzählt von den Ziegen ihres Großvaters"); "berichten"
// only as an infinitive with "zu" ("um über den Streik zu berichten"),
// or "berichten zu können"), since a paper that "berichtete über" a matter
// is the source of it; and the unit has no quotation mark, no colon and no
// "dass" that could carry what was said.
func topicOnlyDE(toks []token, v int) bool {
	w := toks[v].low
	narrate := strings.HasPrefix(w, "erzähl")
	if strings.HasPrefix(w, "bericht") && !zuInfinitiveDE(toks, v) {
		return false
	}
	if !narrate && !strings.HasPrefix(w, "bericht") && !strings.HasPrefix(w, "informier") &&
		!strings.HasPrefix(w, "schreib") && !strings.HasPrefix(w, "schrieb") && w != "geschrieben" {
		return false
	}
	s, e := punctClause(toks, v)
	topic := false
	for k := s; k < e; k++ {
		if k+1 < e && (toks[k].low == "über" || narrate && toks[k].low == "von") {
			topic = true
		}
	}
	if !topic {
		return false
	}
	for k := range toks {
		t := &toks[k]
		if t.is(tQuote) || t.p == ':' || t.low == "dass" {
			return false
		}
	}
	return true
}

// zuInfinitiveDE reports whether the verb at v is an infinitive with "zu"
// right before it ("zu berichten") or a modal infinitive with "zu" after it
// ("berichten zu können").
func zuInfinitiveDE(toks []token, v int) bool {
	return v > 0 && toks[v-1].low == "zu" || v+1 < len(toks) && toks[v+1].low == "zu" && strings.HasSuffix(toks[v].low, "en")
}
