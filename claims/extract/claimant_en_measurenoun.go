package extract

import "strings"

// "Lee won by 58 points", "The index rose 36.28 points", "led by six
// percentage points": a word in "-s" right after a number other than one
// is a plural noun the number counts, not a verb in the third person
// singular (a plural number takes "say", not "says"), so "points",
// "charges" or "reports" there name no speaker. A share of a poll keeps
// its verb: in "one in four says" and "one out of 10 says" the subject is
// "one", so a number after "in" or "of" is left out; so is a number that
// ends a name ("Harbor 24 reports").

// measureNounEN reports whether the English word at v ends in "s" and
// follows a number other than one (digits, a number word or one in
// "-teen"), or a unit word ("percentage", "percent") that follows such a
// number, and that number does not follow "in", "of" or a capitalised
// word.
func measureNounEN(toks []token, v int) bool {
	w := toks[v].low
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || v == 0 {
		return false
	}
	n := v - 1
	if toks[n].cat&cUnit != 0 && n > 0 {
		n-- // "six percentage points"
	}
	t := &toks[n]
	if !(t.is(tNum) || t.cat&cNumWord != 0 || strings.HasSuffix(t.low, "teen")) || t.is(tPunct) || t.low == "1" || ageEpithetEN(t.low) {
		return false
	}
	return n == 0 || !foldIn(toks[n-1].low, "in", "of") && !capWord(&toks[n-1])
}
