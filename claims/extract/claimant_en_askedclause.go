package extract

import "strings"

// "Asked whether Tom Bell would stay, she said: …": an opening clause of
// a past participle ("Asked", "Pressed") holds its own object; a name in
// it is not the subject that a "she" after the clause takes up.

// openingParticipleClauseEN reports whether token k stands in an opening
// clause of a past participle in "-ed": the unit's first word is one, and
// no comma comes between it and k.
func openingParticipleClauseEN(toks []token, k int) bool {
	if k == 0 || len(toks[0].low) < 5 || !strings.HasSuffix(toks[0].low, "ed") {
		return false
	}
	for i := 1; i < k; i++ {
		if toks[i].p == ',' {
			return false
		}
	}
	return true
}
