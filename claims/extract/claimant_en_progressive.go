package extract

import "strings"

// A verb of saying or of taking a position in the progressive ("Ann Lee
// is criticizing the council as weak", "the union is warning that …"),
// as running reports write a statement just made. The verb group starts
// at the form of "be", the subject stands before it, and the participle
// is no passive. Only a closed class of such verbs counts: a progressive
// of acting or of asking ("is pushing", "is asking", "is calling a
// meeting", "is reporting record numbers") names nobody's claim.

// progressiveSpeechEN reports whether token i is one of those
// participles after a form of "be" (progressiveAuxEN); "calling" and
// "declaring" count in the contexts of progressiveCallEN
// (claimant_en_progressivecall.go).
func progressiveSpeechEN(toks []token, i int) bool {
	if i+1 < len(toks) && foldIn(toks[i+1].low, "out", "off", "away") {
		return false // "is blasting out missives": a particle verb of acting
	}
	return progressiveVerbAtEN(toks, i) && progressiveAuxEN(toks, i) >= 0
}

// progressiveVerbEN reports whether w is the present participle of a
// verb of saying or of taking a position that the progressive reports as
// a claim.
func progressiveVerbEN(w string) bool {
	return progressiveVerbsEN.has(w)
}

// progressiveVerbsEN are the words of progressiveVerbEN (a foldSet).
var progressiveVerbsEN = newFoldSet("saying", "arguing", "claiming", "insisting", "warning", "stressing", "accusing",
	"criticizing", "criticising", "labeling", "labelling", "blasting", "slamming", "panning",
	"defending", "denying", "urging", "threatening")

// progressiveAuxEN returns the index of the form of "be" before the
// participle v, perhaps with one adverb between ("is also stressing"), or
// -1 when v is no such participle.
func progressiveAuxEN(toks []token, v int) int {
	if !strings.HasSuffix(toks[v].low, "ing") {
		return -1
	}
	for k := v - 1; k >= 1 && v-k <= 2; k-- {
		switch toks[k].low {
		case "is", "are", "was", "were":
			return k
		}
		if !strings.HasSuffix(toks[k].low, "ly") && !adverbEN[toks[k].low] {
			return -1
		}
	}
	return -1
}
