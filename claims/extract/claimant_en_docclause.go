package extract

import "strings"

// documentClauseEN reports whether the document noun at n is followed by
// what it says: "saying", "that" or the "-ing" form of a verb of saying
// ("condemning", "telling", "urging"), right after it or after at most six
// words of time or place with no punctuation between ("issued a
// statement late on Friday urging …", "issued a statement on its
// website on Saturday that …").
func documentClauseEN(toks []token, n int) bool {
	for k := n + 1; k < len(toks) && k-n <= 7; k++ {
		t := &toks[k]
		if t.low == "saying" || t.low == "that" || docVerbIngEN(t.low) {
			return true
		}
		if t.is(tPunct) || t.is(tQuote) || t.cat&(cSpeech|cAux) != 0 || t.low == "and" || t.low == "but" {
			return false
		}
	}
	return false
}

// docVerbIngEN reports whether w is the "-ing" form of a verb of saying or
// of taking a position the lexicon knows in its "-s" form ("condemning":
// "condemns"; "urging": "urges"; "telling": "tells"): after a document
// noun it gives the document's content, a claim or a stance.
func docVerbIngEN(w string) bool {
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok || len(stem) < 3 {
		return false
	}
	return wordCategory(stem+"s")&cSpeech != 0 || wordCategory(stem+"es")&cSpeech != 0
}
