package extract

import "strings"

// "according to the Office of Rail and Road, …": the name after
// "according to" whose head takes "of" or "for" goes on over "and" to the
// capitalised words that end the clause; "Office of Rail" is only its
// first part.

// ofAndTailEN returns who, the name that starts at token n, with "and"
// and the capitalised words after it added when who holds " of " or
// " for ", ends right before "and", and those words run to a punctuation
// mark or the end of the unit; who unchanged otherwise.
func ofAndTailEN(toks []token, text string, n int, who string) string {
	if !strings.Contains(who, " of ") && !strings.Contains(who, " for ") {
		return who
	}
	end := n
	for end < len(toks) && toks[end].e <= toks[n].s+len(who) {
		end++
	}
	if end+1 >= len(toks) || toks[end].low != "and" || text[toks[n].s:toks[end-1].e] != who {
		return who
	}
	e := end + 1
	for e < len(toks) && capWord(&toks[e]) && toks[e].cat&cNotName == 0 {
		e++
	}
	if e == end+1 || e < len(toks) && !toks[e].is(tPunct) {
		return who
	}
	return text[toks[n].s:toks[e-1].e]
}
