package extract

import "strings"

// "Die Initiative sagte dem Radiosender Welle Nord, …", "Eine mit dem
// Fall vertraute Person sagte der Nordischen Rundschau, …", "…, verlangte
// einen Zuschuss der Gemeinde": the phrase right after a German verb of
// saying may be its dative or accusative object, the medium or person
// told or the thing asked for, not its subject. "dem", "einem", "den"
// and "einen" are never the article of a subject, nor is "der" before a
// capitalised adjective in "-en" ("der Nordischen Rundschau"; a subject
// has "der Nordische …").

// dativeAfterVerbDE reports whether the words from n, right after a verb
// of saying, open a dative or accusative object: "dem", "einem", "den" or
// "einen", or "der" followed by a capitalised word in "-en" and another
// capitalised word.
func dativeAfterVerbDE(toks []token, n int) bool {
	if n >= len(toks) {
		return false
	}
	switch toks[n].low {
	case "dem", "einem", "den", "einen": // obliqueArticleDE
		return true // the dative, or the accusative ("forderten den Rücktritt")
	case "der":
		return n+2 < len(toks) && capWord(&toks[n+1]) && strings.HasSuffix(toks[n+1].low, "en") && capWord(&toks[n+2])
	}
	return false
}

// singularAfterPluralDE reports whether a plural verb of saying at v
// ("forderten", "verlangen") has a singular indefinite article at art
// after it ("forderten eine Senkung der Abgaben"): the phrase is its
// object, since a subject agrees with the verb; not when "und" follows
// within five words ("teilten ein Sprecher und eine Sprecherin mit"),
// unless an article of the dative or accusative follows it ("eine Senkung
// und den Rücktritt").
func singularAfterPluralDE(toks []token, v, art int) bool {
	if !strings.HasSuffix(toks[v].low, "en") || toks[art].low != "ein" && toks[art].low != "eine" {
		return false
	}
	for k := art + 1; k < len(toks) && k <= art+5; k++ {
		if (toks[k].low == "und" || toks[k].low == "sowie") && (k+1 >= len(toks) || !obliqueArticleDE(toks[k+1].low)) {
			return false
		}
	}
	return true
}

// obliqueArticleDE reports whether w is an article of the dative or
// accusative only.
func obliqueArticleDE(w string) bool {
	return w == "den" || w == "dem" || w == "einen" || w == "einem"
}
