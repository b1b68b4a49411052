package extract

import "strings"

// A name in the possessive ("Ann Lee’s plan failed.") names the person the
// sentence is about as much as the plain name does: a following "she
// said" refers to her. The tokenizer keeps the possessive ending on the
// word, so a look-up of the name drops it first.

// possessiveStemEN returns name without an English possessive ending
// ("Lee’s", "Lee's" → "Lee"; "Jonas’" → "Jonas"), name itself if it has
// none.
func possessiveStemEN(name string) string {
	for _, suf := range [...]string{"’s", "'s", "’", "'"} {
		if n, ok := strings.CutSuffix(name, suf); ok && n != "" {
			return n
		}
	}
	return name
}

// possessiveCutEN returns start+1 when the English name run from start to
// j opens with a word in the possessive and the rest is no body's name
// ("Reagan's Gallup approval": "Reagan's"; "Russia’s Foreign Ministry"
// stays), so that what the person owns is no part of a name; j
// otherwise.
func possessiveCutEN(toks []token, text string, start, j int) int {
	if j-start < 2 || !possessiveWordEN(&toks[start]) || orgNameEN(text[toks[start+1].s:toks[j-1].e]) {
		return j
	}
	return start + 1
}
