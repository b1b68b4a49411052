package extract

// "Secretary of State for Work and Pensions, the Rt Hon Margaret Okonkwo
// MP, said:": the British style of a minister in a press release puts
// the courtesy title "Rt Hon" before the name
// and the post-nominal letters ("MP", "MSP", "QC", "KC") after it, and
// the office with "for … and …" before both. The speaker is the name
// between them when the apposition ends right before a verb of saying.

// rtHonNameEN returns the name written between "Rt Hon" and a comma (a
// post-nominal "MP" or the like left out) when a verb of saying follows
// that comma; who otherwise.
func rtHonNameEN(toks []token, text, who string) string {
	for i := 0; i+3 < len(toks); i++ {
		s := rtHonEnd(toks, i)
		if s < 0 {
			continue
		}
		e := s
		for e < len(toks) && capWord(&toks[e]) && !postNominalEN(text[toks[e].s:toks[e].e]) {
			e++
		}
		if e-s < 2 {
			return who
		}
		c := e
		if c < len(toks) && postNominalEN(text[toks[c].s:toks[c].e]) {
			c++
		}
		if c+1 < len(toks) && toks[c].p == ',' && toks[c+1].cat&cSpeech != 0 {
			return text[toks[s].s:toks[e-1].e]
		}
		return who
	}
	return who
}

// rtHonEnd returns the token after "Rt Hon" or "Rt. Hon." starting at i;
// -1 when none starts there.
func rtHonEnd(toks []token, i int) int {
	switch toks[i].low {
	case "rt":
		j := i + 1
		if j < len(toks) && toks[j].p == '.' {
			j++
		}
		if j >= len(toks) || toks[j].low != "hon" {
			return -1
		}
		j++
		if j < len(toks) && toks[j].p == '.' {
			j++
		}
		return j
	}
	return -1
}

// postNominalEN reports whether w is letters of office or honour written
// after a British name ("MP", "MSP", "QC", "KC").
func postNominalEN(w string) bool {
	switch w {
	case "MP", "MSP", "MS", "AM", "MLA", "QC", "KC", "MEP":
		return true
	}
	return false
}
