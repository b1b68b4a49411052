package extract

import "strings"

// "Die Initiative sagte dem Radiosender Welle Nord, …", "Eine mit dem
// Fall vertraute Person sagte der Nordischen Rundschau, …": the phrase
// right after a German verb of saying may be its dative object, the
// medium or person told, not its subject. "dem" and "einem" are never the
// article of a subject, nor is "der" before a capitalised adjective in
// "-en" ("der Nordischen Rundschau"; a subject has "der Nordische …").

// dativeAfterVerbDE reports whether the words from n, right after a verb
// of saying, open a dative object: "dem" or "einem", or "der" followed by
// a capitalised word in "-en" and another capitalised word.
func dativeAfterVerbDE(toks []token, n int) bool {
	if n >= len(toks) {
		return false
	}
	switch toks[n].low {
	case "dem", "einem":
		return true
	case "der":
		return n+2 < len(toks) && capWord(&toks[n+1]) && strings.HasSuffix(toks[n+1].low, "en") && capWord(&toks[n+2])
	}
	return false
}
