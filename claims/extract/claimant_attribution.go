package extract

import (
	"strings"
)

// findAttribution records the speech verbs and "laut"/"according to" of a
// unit and which tokens form the attribution clause ("…“, sagte Lu.",
// "Hanna Roth, die …, sagte, …"), so that its names do not count as content.
func findAttribution(toks []token, text string, de bool, a *analysis) {
	a.skipFrom, a.skipTo = len(toks), len(toks)
	quoted := false // inside double quotation marks: a verb there is the quoted speaker's
	for i := range toks {
		t := &toks[i]
		if t.is(tQuote) && text[t.s] != '\'' && !strings.HasPrefix(text[t.s:], "’") && !strings.HasPrefix(text[t.s:], "‘") && !strings.HasPrefix(text[t.s:], "‚") {
			quoted = !quoted
			continue
		}
		if quoted {
			continue
		}
		if t.cat&cSpeech != 0 && !t.is(tCap) || t.is(tCap) && t.cat&cSpeech != 0 && i > 0 {
			a.attrib = append(a.attrib, i)
		} else if t.cat&cAccording != 0 && (de || i+1 < len(toks) && toks[i+1].low == "to") {
			a.attrib = append(a.attrib, i)
		}
	}
	if len(a.attrib) == 0 {
		return
	}
	v := a.attrib[0]
	if toks[v].cat&cAccording != 0 {
		if toks[v].low == "zufolge" {
			a.skipFrom, a.skipTo = max(0, v-3), v+1
			return
		}
		j := v + 1
		for j < len(toks) && (toks[j].cat&cDet != 0 || toks[j].low == "to") {
			j++
		}
		a.skipFrom, a.skipTo = v, min(len(toks), capRun(toks, text, j, de))
		return
	}
	next := v + 1
	if next < len(toks) && (toks[next].p == ',' || toks[next].low == "dass" || toks[next].low == "that") {
		// "Hanna Roth sagte, …": the speaker before the verb. A verb late in
		// a sentence ("Die drei Räte stimmten …, als der Ausschuss
		// forderte, dass …") takes only itself and the name before it.
		if v <= 6 {
			a.skipFrom, a.skipTo = 0, v+1
			return
		}
		k := v
		for k > 0 && v-k < 4 && toks[k-1].is(tCap) && !toks[k-1].is(tPunct) {
			k--
		}
		a.skipFrom, a.skipTo = k, v+1
		return
	}
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		if toks[k].p == ',' {
			a.skipFrom, a.skipTo = k, len(toks)
			return
		}
	}
	if v <= 3 {
		a.skipFrom, a.skipTo = 0, v+1
	} else if v >= len(toks)-4 {
		a.skipFrom, a.skipTo = v-1, len(toks)
	}
}
