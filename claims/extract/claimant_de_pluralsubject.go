package extract

import "strings"

// "Kleine Verlage gingen leer aus, sagte er.": a noun phrase that opens a
// German sentence and is followed by a finite verb in -en is a plural
// subject (the third person singular ends in -t or -te), so a singular
// "er" or "sie" later in the sentence does not refer to it, even when the
// register took its two capitalised words for a name.

// pluralOpeningDE reports whether name opens the unit and the word at
// token k+1, right after its word at k, is a lower-case verb form in -en
// (not an adverb of time such as "gestern").
func pluralOpeningDE(toks []token, text string, k int, name string) bool {
	if k+1 >= len(toks) || !strings.HasPrefix(text[toks[0].s:], name) || toks[k].e-toks[0].s != len(name) {
		return false
	}
	n := &toks[k+1]
	return lowerWord(n) && len(n.low) > 3 && strings.HasSuffix(n.low, "en") && !timeAdverbsEnDE[n.low]
}

// timeAdverbsEnDE are adverbs of time that end in -en like a plural verb.
var timeAdverbsEnDE = map[string]bool{"gestern": true, "morgen": true, "vorgestern": true, "übermorgen": true}
