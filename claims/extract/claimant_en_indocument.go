package extract

// "In a two-page statement, the clinic blamed the closure on new
// rules", "In a separate letter, Ann Lee warned …": a unit that
// opens by naming a document its subject issued attributes what follows
// to that subject, also with a verb that is no verb of saying ("blamed",
// "remembered", "counted").

// inDocumentSpeakerEN returns the subject after an opening "In a/an/its/
// his/her/their [one or two words] <document noun>," of an English unit,
// found by the verb rules as if the word after the subject were a verb
// of saying: a run of capitalised words ("Ann Lee") or "the", at most two
// lower-case words and a body noun ("the company"), followed by a
// lower-case word; "" otherwise. Polls and surveys are left out: their
// respondents, not their issuer, are the subject.
func (d *docState) inDocumentSpeakerEN(u *claimUnit) string {
	toks := u.toks
	if len(toks) < 6 || toks[0].low != "in" || !foldIn(toks[1].low, "a", "an", "its", "his", "her", "their") {
		return ""
	}
	n := 2
	for n < 4 && n < len(toks) && lowerWord(&toks[n]) && !documentNounEN(toks[n].low) {
		n++
	}
	if n+2 >= len(toks) || !lowerWord(&toks[n]) || !documentNounEN(toks[n].low) || foldIn(toks[n].low, "poll", "survey") || toks[n+1].p != ',' {
		return ""
	}
	s := n + 2
	v := s
	if capWord(&toks[s]) {
		v = capRunEndEN(toks, s)
	} else if toks[s].low == "the" {
		for v = s + 1; v < len(toks) && v-s <= 3 && lowerWord(&toks[v]) && !bodyNounEN(toks[v].low); v++ {
		}
		if v >= len(toks) || !lowerWord(&toks[v]) || !bodyNounEN(toks[v].low) {
			return ""
		}
		v++
	}
	if v == s || v >= len(toks) || !lowerWord(&toks[v]) || toks[v].cat&cDet != 0 {
		return ""
	}
	return d.verbSpeaker(u, v)
}
