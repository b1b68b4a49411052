package extract

// "…, so ein Sprecher." / "…, so eine Sprecherin der Stadt.": after the
// attributing "so", an indefinite article before a noun of office or of a
// spokesperson names the source as an article before any noun does ("so
// der Landrat"); before another noun "so ein" means "such a" ("so ein
// Zwischending") and names none.

// soIndefiniteRoleDE reads the source after "so" and the indefinite
// article at n: a spokesperson of a named body ("Sprecherin der Stadt"),
// else the noun of office alone ("Flughafensprecher"); "" when the noun
// is no role.
func soIndefiniteRoleDE(toks []token, text string, n int, lex lexicon) string {
	if toks[n].low != "ein" && toks[n].low != "eine" || n+1 >= len(toks) || !capWord(&toks[n+1]) || roleOf(&toks[n+1], lex) == "" {
		return ""
	}
	if desc, _ := spokesPhraseDE(toks, text, n); desc != "" {
		return desc
	}
	return text[toks[n+1].s:toks[n+1].e]
}
