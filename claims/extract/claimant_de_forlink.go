package extract

// forLinkDE reports whether the "für" at i links a body's head noun to the
// rest of its name inside a German subject before the verb at v ("Das
// Landesamt für Statistik (LfS) bestätigte …", "Die Bundesanstalt für
// Wasserbau teilte … mit"): a capitalised word stands before it and a
// capitalised word follows within three words.
func forLinkDE(toks []token, i, v int) bool {
	if toks[i].low != "für" || i == 0 || i+1 >= v || !capWord(&toks[i-1]) {
		return false
	}
	for k := i + 1; k < v && k-i <= 3; k++ {
		if capWord(&toks[k]) {
			return true
		}
		if toks[k].flags&(tPunct|tNum) != 0 {
			return false
		}
	}
	return false
}
