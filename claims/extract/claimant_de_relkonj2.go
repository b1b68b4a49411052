package extract

// "„Die Küche bleibt offen“, sagte die Reederin. Am Abend legte die Fähre
// ohne die beiden Köche ab, die eigentlich an Bord hätten sein müssen.": a
// Konjunktiv II in a relative clause is the
// relative clause's own conditional; the main clause's mood decides, and a
// main clause in the indicative is the author's narration, not speech that
// carries the speaker before.

// konj2Relative are the Konjunktiv II forms the lexicon counts as marks of
// reported speech.
var konj2Relative = map[string]bool{
	"wäre": true, "wären": true, "hätte": true, "hätten": true, "würde": true, "würden": true,
	"könnte": true, "könnten": true, "müsste": true, "müssten": true, "dürfte": true, "dürften": true,
}

// relativeOpenersDE are the words that open a German relative clause after
// a comma (relative pronouns and relative adverbs; closed class).
var relativeOpenersDE = map[string]bool{
	"der": true, "die": true, "das": true, "dem": true, "den": true, "denen": true, "deren": true,
	"dessen": true, "wo": true, "wohin": true, "woher": true, "worin": true, "womit": true, "welche": true,
	"welcher": true, "welches": true,
}

// relativeKonj2OnlyDE reports whether every token of toks that the lexicon
// marks as Konjunktiv I is a Konjunktiv II form (konj2Relative) inside a
// relative clause (after a comma and a relative opener, perhaps after a
// preposition), there is one, and the unit holds no quotation mark.
func relativeKonj2OnlyDE(toks []token) bool {
	n := 0
	for i := range toks {
		if toks[i].is(tQuote) {
			return false // a quotation: its speaker's words
		}
		if toks[i].cat&cKonj1 == 0 {
			continue
		}
		if !konj2Relative[toks[i].low] || !inRelativeClauseDE(toks, i) {
			return false
		}
		n++
	}
	return n > 0
}

// inRelativeClauseDE reports whether token i stands in a clause opened by
// a comma and a relative opener ("…, wo sie …", "…, in denen …") after a
// main clause of three tokens at least.
func inRelativeClauseDE(toks []token, i int) bool {
	for k := i - 1; k > 0; k-- {
		if !toks[k].is(tPunct) {
			continue
		}
		if toks[k].p != ',' || k+2 >= len(toks) || k < 3 {
			return false // not "Räume, die sie nicht hätten.": a fragment without a main clause
		}
		r := k + 1
		if prepositionsBeforeDE[toks[r].low] && r+1 < i {
			r++ // "in denen", "mit dem"
		}
		return r < i && relativeOpenersDE[toks[r].low]
	}
	return false
}
