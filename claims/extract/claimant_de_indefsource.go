package extract

import "strings"

// "Nach Angaben eines Experten …", "Nach Einschätzung einer örtlichen
// Quelle …", "nach Schätzungen eines Mitarbeiters des Tierheims": a
// source named with the indefinite article in the genitive is cited as
// the noun phrase in the nominative without the article ("Experte",
// "örtliche Quelle", "Mitarbeiter des Tierheims").

// indefiniteSourceDE returns the nominative of the noun phrase that the
// genitive "eines"/"einer" at token a opens: inflected lower-case
// adjectives, a capitalised noun and a genitive complement after it (an
// article and the words of its noun phrase, as written); "" for another
// form. After "einer" (feminine) an adjective in -en ends in -e; after
// "eines" (masculine, the usual gender of a person's noun) in -er, and the
// noun loses its genitive -s or weak -n (nominativeGenitiveDE).
func indefiniteSourceDE(toks []token, text string, a int) string {
	if a >= len(toks) || toks[a].low != "eines" && toks[a].low != "einer" {
		return ""
	}
	fem := toks[a].low == "einer"
	i := a + 1
	for i < len(toks) && i-a <= 3 && lowerWord(&toks[i]) && toks[i].cat&cDet == 0 && strings.HasSuffix(toks[i].low, "en") {
		i++
	}
	if i >= len(toks) || !capWord(&toks[i]) || toks[i].cat&(cNotName|cDet) != 0 {
		return ""
	}
	var b strings.Builder
	for k := a + 1; k < i; k++ {
		w := text[toks[k].s:toks[k].e]
		if fem {
			b.WriteString(w[:len(w)-1]) // "örtlichen" → "örtliche"
		} else {
			b.WriteString(w[:len(w)-1] + "r") // "erfahrenen" → "erfahrener"
		}
		b.WriteByte(' ')
	}
	noun := text[toks[i].s:toks[i].e]
	if !fem {
		noun = nominativeGenitiveDE(noun)
	}
	b.WriteString(noun)
	e := i + 1
	if e+1 < len(toks) && toks[e].cat&cDet != 0 && genitiveArticleDE(toks[e].low) {
		f := e + 1
		for f < len(toks) && lowerWord(&toks[f]) && inflectedDE(toks[f].low) && toks[f].cat&cDet == 0 {
			f++ // "einer europäischen …"
		}
		for f < len(toks) && capWord(&toks[f]) {
			f++
		}
		if f > e+1 && capWord(&toks[f-1]) {
			b.WriteString(" " + text[toks[e].s:toks[f-1].e]) // "eines Mitarbeiters des Tierheims"
		}
	}
	return b.String()
}

// nominativeGenitiveDE takes the masculine genitive ending off a noun:
// the -s of a strong noun ("Mitarbeiters" → "Mitarbeiter", "Forschers"),
// the -n of a weak one ("Experten" → "Experte", "Zeugen" → "Zeuge").
func nominativeGenitiveDE(w string) string {
	switch {
	case strings.HasSuffix(w, "ens") || strings.HasSuffix(w, "ers") || strings.HasSuffix(w, "els"):
		return w[:len(w)-1]
	case strings.HasSuffix(w, "en"):
		return w[:len(w)-1]
	}
	return genitiveBaseDE(w)
}
