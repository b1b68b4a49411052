package extract

import "strings"

// spokespersonEN returns the description of a spokesperson of the body or
// person who, the speaker found so far, when the unit names the
// spokesperson with who's name before the noun ("A Harbor Council
// spokesman did not comment on the plan but said …", "according to a
// State Office spokeswoman"): the spokesperson speaks, not who. The
// description keeps its determiner, as the described sources do ("A
// spokesman for the Harbor Police"). who otherwise.
func (d *docState) spokespersonEN(u *claimUnit, who string) string {
	if who == "" || strings.Contains(who, "; ") {
		return who
	}
	toks := u.toks
	for n := 2; n < len(toks); n++ {
		if !spokesNounEN(toks[n].low) || !capWord(&toks[n-1]) || !d.writes(u.text[toks[n-1].s:toks[n-1].e], who) {
			continue
		}
		s := n - 1
		for s > 0 && n-s < 5 && capWord(&toks[s-1]) && toks[s-1].cat&cDet == 0 {
			s--
		}
		if s > 0 && toks[s-1].cat&cDet != 0 {
			return u.text[toks[s-1].s:toks[n].e]
		}
	}
	return who
}

// spokesNounEN reports whether w names a spokesperson.
func spokesNounEN(w string) bool {
	switch w {
	case "spokesman", "spokeswoman", "spokesperson":
		return true
	}
	return false
}
