package extract

// A capitalised run after a possessive or an article, perhaps with
// adjectives between ("his annual Christmas Day address", "their new
// Harbor Bank office", "the popular Ann Lee show"), modifies the noun of
// that phrase: it is no subject the sentence narrates about, so a later
// "he" or "she" does not refer to it. A role between keeps the name a
// person's apposition ("the former president Ann Lee").

// modifierNameEN reports whether the capitalised word k stands after a
// possessive determiner, or after an article or a possessive followed by
// one or two lower-case words that are no role.
func modifierNameEN(toks []token, k int) bool {
	if k > 0 && foldIn(toks[k-1].low, "his", "her", "its", "their", "our", "my", "your") {
		return true
	}
	j := k - 1
	for j >= 0 && k-j <= 2 && lowerWord(&toks[j]) && toks[j].cat == 0 && !roleNounEN(&toks[j]) {
		j--
	}
	if j < 0 || j == k-1 {
		return false
	}
	return toks[j].cat&cDet != 0 || foldIn(toks[j].low, "his", "her", "its", "their", "our", "my", "your")
}
