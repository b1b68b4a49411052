package extract

// "Hanna Roth, Professorin für Recht, …" gives the person named before the
// comma the role's gender. But in "Der Chef der Partei, Jan Roth,
// kritisierte die Ministerin" the noun after the comma is the verb's
// object: Jan Roth is no woman. A verb stands between: a lower-case word
// followed by an article, or a verb of saying.

// verbBeforeRoleDE reports whether the token at k, after the comma that
// closes a name, is a verb that ends the apposition: a verb of saying, or
// a lower-case word other than an article right before an article
// ("kritisierte die", "warf der").
func verbBeforeRoleDE(toks []token, k int) bool {
	t := &toks[k]
	if t.cat&cSpeech != 0 {
		return true
	}
	return !t.is(tCap) && !t.is(tPunct) && t.cat&cDet == 0 && k+1 < len(toks) && toks[k+1].cat&cDet != 0
}
