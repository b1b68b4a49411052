package extract

import "strings"

// "Chinesische Behörden betonen, …", "Internationale Beobachter klagten …":
// a German sentence may open with a plural noun and its adjective without
// an article. The adjective is then capitalised as the sentence's first
// word, and the name run stops at the noun the lexicon knows, so the
// claimant was the adjective alone. The noun belongs to it.

// openingAdjectiveEndDE returns where the name from i ends when i opens
// the unit with a capitalised adjective by its derivational ending in
// -e or -en (adjectiveStemDE: "Chinesische", "Internationale",
// "Örtlichen") and the run j stopped right after it at a capitalised
// noun, no article or function word ("Behörden", which the lexicon knows
// as no name): the end after that noun; j otherwise.
func openingAdjectiveEndDE(toks []token, text string, i, j int) int {
	if i != 0 || j != i+1 || j >= len(toks) || !capWord(&toks[j]) || toks[j].cat&(cDet|cStopDE|cStopEN) != 0 || functionWordDE(text[toks[j].s:toks[j].e]) {
		return j
	}
	w := toks[i].low
	stem, ok := strings.CutSuffix(w, "en")
	if !ok {
		stem, ok = strings.CutSuffix(w, "e")
	}
	if !ok || !adjectiveStemDE(stem) || !upperFirst(text[toks[j].s:toks[j].e]) {
		return j
	}
	return j + 1
}
