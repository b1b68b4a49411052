package extract

// A unit that closes with ", according to <source>." attributes what it
// reports to that source. When the unit's earlier verb of saying or of
// taking a position is used for a narrated act, with a noun phrase as its
// object and no reported clause ("Mayor Ann Lee praised the budget and won
// the runoff, according to the Gazette"; "Tom Avery urged the board to
// close the pier, according to two officials"), the source reports the
// act and is the claimant. A verb of saying with its own quotation or
// clause keeps its speaker ("“…,” Lee said, according to the Gazette";
// "Lee said the pier would close, according to the Gazette"), and so do
// "say", "tell" and the verbs of thinking, whose clause needs no "that"
// ("Lee believes the pier needs repairs, according to her aide").

// narratedBeforeAccordingEN reports whether the English speech verb v is
// such a narrated act before a closing "according to": the unit's last
// speech verb is "according" after a comma, no quotation mark stands in
// the unit, v takes no clause without "that" as a rule (zeroThatVerbEN)
// and has a word after it, and the words from v to that comma hold no
// "that", colon, other verb of saying, subject pronoun, auxiliary or modal
// (no reported clause), and the source closes the unit (sourceClosesEN).
func narratedBeforeAccordingEN(toks []token, text string, verbs []int, v int) bool {
	a := -1
	for _, w := range verbs {
		a = max(a, w)
	}
	if a <= v+2 || toks[a].cat&cAccording == 0 || toks[a-1].p != ',' || toks[v].cat&cAccording != 0 {
		return false
	}
	if zeroThatVerbEN(toks[v].low) || toks[v+1].is(tPunct) || toks[v+1].low == "that" {
		return false
	}
	for i := range toks {
		if toks[i].is(tQuote) || doubleQuote(&toks[i], text) {
			return false // "“…,” Lee added, according to …": the quoted speaker's verb
		}
	}
	for i := v + 1; i < a-1; i++ {
		t := &toks[i]
		if t.low == "that" || t.p == ':' || t.cat&(cSpeech|cAux) != 0 || foldIn(t.low, "he", "she", "they", "we", "i", "it") || !t.is(tCap) && (t.cat&cModal != 0 || foldIn(t.low, "will", "can", "do", "does", "did", "won't")) {
			return false // "Lee warned the pier would close": a reported clause ("May" the month is no modal)
		}
	}
	return sourceClosesEN(toks, a)
}

// sourceClosesEN reports whether the source after "according" at a closes
// the unit: no comma after it opens a clause of the sentence again ("…
// and, according to a new book, used harsh words"); a comma before an
// article, a capitalised word or a relative pronoun sets off a part of the
// source ("according to Ann Lee, a spokeswoman, who …").
func sourceClosesEN(toks []token, a int) bool {
	for i := a + 1; i+1 < len(toks); i++ {
		if n := &toks[i+1]; toks[i].p == ',' && !n.is(tPunct) && !n.is(tCap) && n.cat&cDet == 0 && !foldIn(n.low, "who", "which", "whose", "where") {
			return false
		}
	}
	return true
}

// zeroThatVerbEN reports whether w is a form of "say", "tell" or a verb of
// thinking ("believe", "think", "find", "fear", "hope"): their object is
// as a rule a clause, also without "that" ("said the pier needs work").
func zeroThatVerbEN(w string) bool {
	return foldIn(w, "said", "says", "say", "told", "tells", "tell", "believes", "believed", "thinks", "thought",
		"finds", "found", "fears", "feared", "hopes", "hoped")
}
