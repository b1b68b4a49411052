package extract

// German roles come before a name ("Richter Jens Roth"), so a noun of a
// role right after a first name is a surname: "Jens Richter", "Eva
// Kaiser". Without this the name stopped at the first name, and "Jens"
// became the fullest name of another Jens the text named.

// roleSurnameDE reports whether the role noun at token j is a surname: a
// capitalised word the lexicon does not know (a first name) right before
// it, opening the unit, after a role ("Ministerin Eva Richter") or after
// a word that is not capitalised, not abbreviated ("Prof."), and no
// capitalised word after it.
func roleSurnameDE(toks []token, j int) bool {
	t, f := &toks[j], &toks[j-1]
	if t.cat&cRole == 0 || t.cat&(cNotName|cSpeech) != 0 || !f.is(tCap) || f.is(tPunct) || f.cat != 0 {
		return false
	}
	if j >= 2 && toks[j-2].is(tCap) && !toks[j-2].is(tPunct) && toks[j-2].cat&cRole == 0 {
		return false // "Landgericht Hamburg Richter …": no first name before it; "Ministerin Eva Richter" is one
	}
	if j+2 < len(toks) && toks[j+1].p == '.' && toks[j+1].s == t.e {
		return false // "Projektleiterin Prof. Hella Brink": an abbreviated title
	}
	return j+1 == len(toks) || !capWord(&toks[j+1])
}
