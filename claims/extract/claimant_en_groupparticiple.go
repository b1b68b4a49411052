package extract

import "strings"

// "Doctors treating the victims said …", "Aid groups working in the
// region said …": a group's noun takes a participle phrase as its
// complement, as it takes "of" or "familiar with" (groupSubjectEN); the
// whole phrase is the claimant, not the noun inside it ("victims").

// groupParticipleEN reports whether token i, right after the head noun
// of a group, opens a participle phrase that ends the subject before token
// e: a lower-case word of no category of the lexicon ending in "-ing"
// (not the prepositions "during", "including", "according"),
// "involved", or a past participle in "-ed" before a preposition
// ("polled by", "stranded at"); the phrase must not end with a function word ("the", "in":
// a name follows, so the run is no subject of its own), and the head is
// no contraction ("it’s" before a participle); a participle with a name right after
// it ("Voters backing Ann Lee") is left out: such a group
// takes a side rather than speaks (one training unit).
func groupParticipleEN(toks []token, i, e int) bool {
	t := &toks[i]
	if t.is(tCap) || t.cat != 0 || toks[e-1].cat&cStopEN != 0 || strings.ContainsAny(toks[i-1].low, "'’") {
		return false
	}
	if foldIn(t.low, "during", "including", "according") || i+1 < e && toks[i+1].is(tCap) {
		return false
	}
	if len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && i+1 < e && foldIn(toks[i+1].low, "by", "at", "in", "on", "from", "near") {
		return true // "Economists polled by the Ostby Courier", "Passengers stranded at the airport"
	}
	return len(t.low) > 5 && strings.HasSuffix(t.low, "ing") || t.low == "involved"
}
