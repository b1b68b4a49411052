package extract

import "strings"

// abbrevLeadEN returns the source that opens with an abbreviation written
// with stops at token n ("according to U.S. officials", "according to
// U.S. Harbor Agency data") when who, the name found there, stops
// at the abbreviation's last stop ("U.S"): the abbreviation modifies the
// words after it, which name the source, so the source runs on through
// the capitalised name after it ("U.S. Harbor Agency") or the one
// plural noun after it ("U.S. officials"). Otherwise who is returned.
func abbrevLeadEN(toks []token, text string, n int, who string) string {
	if n+2 >= len(toks) || who == "" || strings.ContainsRune(who, ' ') || text[toks[n].s:toks[n].e] != who {
		return who
	}
	if toks[n+1].p != '.' || toks[n+1].s != toks[n].e || toks[n+2].s == toks[n+1].e {
		return who // "U.S" must end with a stop and a space must follow
	}
	k := n + 2
	if capWord(&toks[k]) {
		if j := capRun(toks, text, k, false); j > k {
			return text[toks[n].s:toks[j-1].e]
		}
		return who
	}
	if !toks[k].is(tPunct) && strings.HasSuffix(toks[k].low, "s") && toks[k].cat == 0 {
		return text[toks[n].s:toks[k].e]
	}
	return who
}
