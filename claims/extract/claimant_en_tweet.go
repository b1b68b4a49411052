package extract

// Posts quoted from a social network end with their author's signature:
// "… — Ann Lee (@annlee) May 2, 2019". The author of the post is the
// speaker of its words.

// tweetAuthorEN returns the author of an English unit that quotes a post
// signed by a name and a handle in parentheses ("— Ann Lee (@annlee)"):
// the capitalised name right before "(@", after a dash that follows the
// post's words or opening the unit before them, or alone after the
// units of the post it closes (closesPostEN); "" when the unit has no
// such signature; else the author the post's markup names
// (tweetTagAuthorEN).
func (d *docState) tweetAuthorEN(toks []token, text string, lex lexicon) string {
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].p != '(' || !handleAt(toks, text, i+1) || !capWord(&toks[i-1]) {
			continue
		}
		s := capRunStart(toks, i)
		lead := s == 0 && i+6 < len(toks) // "Ann Lee (@annlee) The pier must close …"
		if !lead && (s < 1 || !dashToken(&toks[s-1], text) || s < 4 && !d.closesPostEN()) {
			continue // the signature alone opening a text quotes nothing
		}
		return d.nameAt(toks, text, s, false, lex, false, true)
	}
	return d.tweetTagAuthorEN(text) // `<tweet author="@annlee">…`
}

// handleAt reports whether token k starts a social-network handle
// ("@annlee").
func handleAt(toks []token, text string, k int) bool {
	return k < len(toks) && toks[k].s < len(text) && text[toks[k].s] == '@'
}

// dashToken reports whether t is a dash that sets off a signature ("—",
// "–", "-").
func dashToken(t *token, text string) bool {
	w := text[t.s:t.e]
	return w == "—" || w == "–" || w == "-" || w == "--"
}

// closesPostEN reports whether a signature alone in its unit ("— Ann Lee
// (@annlee) May 2, 2019") closes a post quoted in the units before it:
// some unit came before it. A signature opening a text signs nothing.
func (d *docState) closesPostEN() bool {
	return d.units > 1
}
