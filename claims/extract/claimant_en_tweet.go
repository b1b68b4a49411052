package extract

// Posts quoted from a social network end with their author's signature:
// "… — Ann Lee (@annlee) May 2, 2019". The author of the post is the
// speaker of its words.

// tweetAuthorEN returns the author of an English unit that quotes a post
// signed by a name and a handle in parentheses ("— Ann Lee (@annlee)"):
// the capitalised name right before "(@" or before the symbols a profile
// puts after it (signatureEndEN), particles included ("Bill de Blasio"),
// after a dash that follows the
// post's words or opening the unit before them, or alone after the
// units of the post it closes (closesPostEN); "" when the unit has no
// such signature; else the author the post's markup names
// (tweetTagAuthorEN).
func (d *docState) tweetAuthorEN(toks []token, text string, lex lexicon) string {
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].p != '(' || !handleAt(toks, text, i+1) {
			continue
		}
		e := signatureEndEN(toks, text, i) // "Sunrise Movement 🌅 (@…", "Mike Cernovich | 📽 (@…"
		if e < 1 || !capWord(&toks[e-1]) {
			continue
		}
		s := particleRunStartEN(toks, e)  // "Mayor Bill de Blasio (@NYCMayor)"
		lead := s == 0 && i+6 < len(toks) // "Ann Lee (@annlee) The pier must close …"
		if !lead && (s < 1 || !dashToken(&toks[s-1], text) || s < 4 && !d.closesPostEN()) {
			continue // the signature alone opening a text quotes nothing
		}
		if e < i {
			return d.signatureNameEN(toks, text, s, e)
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

// signatureEndEN returns where the name of a signature ends before the
// parenthesis at i that opens its handle: right before it, or before the
// symbols a profile puts after the name ("Sunrise Movement 🌅 (@…",
// "Mike Cernovich | 📽 (@…"), at most three of them.
func signatureEndEN(toks []token, text string, i int) int {
	e := i
	for k := 0; k < 3 && e > 0 && toks[e-1].is(tPunct) && !dashToken(&toks[e-1], text); k++ {
		e--
	}
	return e
}

// particleRunStartEN is capRunStart for the run of capitalised words that
// ends before token e, also across the lower-case particles of a surname
// ("Bill de Blasio"; surnameParticleEN).
func particleRunStartEN(toks []token, e int) int {
	s := capRunStart(toks, e)
	for s >= 2 && surnameParticleEN(toks[s-1].low) && !toks[s-1].is(tCap) && capWord(&toks[s-2]) {
		s = capRunStart(toks, s-1)
	}
	return s
}

// signatureNameEN is the name of a signature that symbols end or particles
// join, toks[s:e], without the titles before it ("Mayor Bill de Blasio"
// → "Bill de Blasio"), registered as a person.
func (d *docState) signatureNameEN(toks []token, text string, s, e int) string {
	for s+2 < e && d.ch.titlesOnly(text[toks[s].s:toks[s].e]) {
		s++
	}
	return d.register(text[toks[s].s:toks[e-1].e], 0)
}
