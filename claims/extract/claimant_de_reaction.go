package extract

// A reaction named by a noun "comes from" its source: "Kritik kam auch von
// der FDP", "Widerspruch kommt vom Städtetag", "Scharfe Kritik kam aus der
// Opposition". The source after "von", "vom" or "aus" is the claimant.

// reactionNounsDE are German nouns of a spoken reaction (closed class: a
// statement for or against), in lower case. "Unterstützung",
// "Rückendeckung", "Protest" and "Beifall" are left out: they are as often
// acts as words ("Unterstützung kommt aus der Türkei").
var reactionNounsDE = map[string]bool{
	"kritik": true, "widerspruch": true, "lob": true, "zustimmung": true, "ablehnung": true,
	"warnungen": true, "einwände": true, "vorwürfe": true, "forderungen": true,
}

// reactionSourceDE returns the source of a reaction noun in the Vorfeld
// (perhaps after an adjective) of "kam", "kamen", "kommt" or "kommen", read
// after "von", "vom" or "aus" and perhaps an article; "" when the unit has
// no such clause.
func (d *docState) reactionSourceDE(toks []token, text string, lex lexicon) string {
	n := 0
	if len(toks) > 1 && inflectedDE(toks[0].low) && !reactionNounsDE[toks[0].low] {
		n = 1 // "Scharfe Kritik …"
	}
	if len(toks) < n+4 || !reactionNounsDE[toks[n].low] || !capWord(&toks[n]) {
		return ""
	}
	v := n + 1
	switch toks[v].low {
	case "kam", "kamen", "kommt", "kommen":
	default:
		return ""
	}
	k := v + 1
	for k < len(toks) && k-v <= 3 && adverbsDE[toks[k].low] {
		k++ // "kam auch von", "kam prompt aus"
	}
	if k+1 >= len(toks) || toks[k].low != "von" && toks[k].low != "vom" && toks[k].low != "aus" {
		return ""
	}
	if who := describedAfterDE(toks, text, k+1); who != "" {
		return who // "aus der bayerischen Staatsregierung"
	}
	k++
	if toks[k].cat&cDet != 0 {
		k++
	}
	if k >= len(toks) || !capWord(&toks[k]) {
		return ""
	}
	return d.nameAt(toks, text, k, true, lex, false, true)
}
