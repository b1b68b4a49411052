package extract

// subordinateKonjOnlyDE reports whether every Konjunktiv of the unit (as
// the lexicon marks it) stands in a clause that a comma and a subordinating
// conjunction open ("…, weil häufiges Mähen den Bienen schade", "…, ob eine
// Wiese zu pachten sei", "…, wo die Boote hätten ankern sollen") or a preposition and a relative pronoun
// ("…, in dem es … gebe"), and there is one: the main clause is the
// author's narration, so a unit a narrated unit or more after the speaker
// does not go on in that speaker's voice (carriedSpeaker). A bare relative
// clause ("…, die … sei") does not count: it is as often reported speech.
func subordinateKonjOnlyDE(toks []token) bool {
	n := 0
	for i := range toks {
		if toks[i].cat&cKonj1 == 0 {
			continue
		}
		if !inSubordinateDE(toks, i) {
			return false
		}
		n++
	}
	return n > 0
}

// inSubordinateDE reports whether the nearest comma before i is followed
// by a subordinating conjunction or by a preposition and a relative
// pronoun ("…, in dem es …").
func inSubordinateDE(toks []token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if toks[k].p != ',' {
			if toks[k].is(tPunct) && !toks[k].is(tQuote) {
				return false
			}
			continue
		}
		if k+1 >= i {
			return false
		}
		w := toks[k+1].low
		if subordinatorDE(w) {
			return true
		}
		return k+2 < i && prepositionDE(toks[k+1].low) && relativeWordDE(toks[k+2].low)
	}
	return false
}

// subordinatorDE reports whether w is a subordinating conjunction (not
// "dass", whose clause after a verb of saying holds the statement).
func subordinatorDE(w string) bool {
	switch w {
	case "weil", "ob", "wo", "wenn", "obwohl", "obgleich", "da", "damit", "sodass", "nachdem", "bevor", "während", "falls":
		return true
	}
	return false
}

// relativeWordDE reports whether w can be a German relative pronoun.
func relativeWordDE(w string) bool {
	switch w {
	case "der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welche", "welcher", "welches", "welchem", "welchen":
		return true
	}
	return false
}
