package extract

// The per-token loops of the German role rules (noteHeadOfBodyDE,
// noteRoleAfterNameDE, noteRoleAppositionDE, noteAdjectivalAppositionDE,
// noteLeadsBodyDE) look for a short function word after a noun or verb
// ("der Chef der Nordbahn", "leitet den Verband"). Most tokens are none,
// so these tests ask the lexicon's category of the token (one bit, set
// by tokenize from lexDE for every such word: TestLinkWordsDE) before
// comparing its lower-case form.

// derDesDE reports whether t is "der" or "des".
func derDesDE(t *token) bool {
	return t.cat&cDet != 0 && (t.low == "der" || t.low == "des")
}

// vonOrGenitiveDE reports whether t is "von", "des" or "der" (all three
// frequent function words, cStopDE).
func vonOrGenitiveDE(t *token) bool {
	return t.cat&cStopDE != 0 && (t.low == "von" || t.low == "des" || t.low == "der")
}

// objectArticleDE reports whether t is "die", "den" or "das".
func objectArticleDE(t *token) bool {
	return t.cat&cDet != 0 && (t.low == "die" || t.low == "den" || t.low == "das")
}
