package extract

// negatedDE reports whether the German verb of commenting v ("äußern",
// "kommentieren") is negated, the German for "declined to comment", so that
// its clause reports no statement (the guide: no claimant): an infinitive or participle that closes
// its clause with "nicht" or "nie" right before it or one word before it
// ("wollte sich nicht äußern", "wollte sich nicht dazu äußern", "wollte das
// nicht kommentieren"), or a finite verb whose clause ends in "nicht" within
// three words ("äußerte sich nicht", "äußerte sich dazu zunächst nicht"),
// perhaps before the topic ("äußerte sich nicht zu den Vorwürfen").
// A "nicht" in another clause does not count ("sagte, man werde nicht
// nachgeben"). Other verbs keep their speaker when negated: "bestätigte
// die Nachricht nicht" still says what the speaker did not confirm.
func negatedDE(toks []token, v int) bool {
	if !commentVerbDE(toks[v].low) {
		return false
	}
	if v+1 == len(toks) || toks[v+1].is(tPunct) {
		for k := v - 1; k >= 0 && k >= v-2; k-- {
			t := &toks[k]
			if t.is(tPunct) || t.is(tCap) {
				return false
			}
			if t.low == "nicht" || t.low == "nie" {
				return true
			}
		}
		return false
	}
	for k := v + 1; k < len(toks) && k <= v+4; k++ {
		t := &toks[k]
		if t.is(tPunct) {
			return false
		}
		if (t.low == "nicht" || t.low == "nie") && (k+1 == len(toks) || toks[k+1].is(tPunct) || topicClosesDE(toks, k+1)) {
			return true
		}
	}
	return false
}

// commentVerbDE reports whether w is a form of "äußern" or "kommentieren".
func commentVerbDE(w string) bool {
	switch w {
	case "äußern", "äußert", "äußerte", "äußerten", "geäußert", "kommentieren", "kommentiert", "kommentierte", "kommentierten":
		return true
	}
	return false
}

// topicClosesDE reports whether the words from k are a topic opened by
// "zu", "zum" or "zur" that closes the clause within five words ("zu den
// Vorwürfen", "zum laufenden Verfahren").
func topicClosesDE(toks []token, k int) bool {
	if k >= len(toks) || toks[k].low != "zu" && toks[k].low != "zum" && toks[k].low != "zur" {
		return false
	}
	for e := k + 1; e < len(toks) && e <= k+5; e++ {
		if toks[e].is(tPunct) {
			return e > k+1
		}
	}
	return false
}
