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

// "Örtlichen Medien zufolge", "Laut Russischen Behörden": a source in the
// dative plural without an article, its adjective capitalised as a name's
// first word or the sentence's. The run of a body's name (capRun) stopped
// at the noun the lexicon knows, so the claimant was the adjective alone;
// nominativePluralDE then puts the pair into the nominative.

// datPluralAdjectiveEndDE returns where the name from i ends when no
// article stands before i, i holds a capitalised adjective in -en by its
// derivational ending (adjectiveStemEnDE) and the run j stopped right after
// it at a capitalised plural noun in -en ("Medien", "Behörden"): the end
// after that noun; j otherwise.
func datPluralAdjectiveEndDE(toks []token, text string, i, j int) int {
	if j != i+1 || j >= len(toks) || i > 0 && toks[i-1].cat&cDet != 0 || !capWord(&toks[j]) ||
		!adjectiveStemEnDE(toks[i].low) || !strings.HasSuffix(toks[j].low, "en") {
		return j
	}
	if toks[j].cat&(cDet|cStopDE|cStopEN) != 0 || functionWordDE(text[toks[j].s:toks[j].e]) {
		return j
	}
	return j + 1
}
