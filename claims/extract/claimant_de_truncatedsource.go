package extract

import "strings"

// The source of "nach Angaben der …" or "laut der …" may be a compound
// whose first part is cut ("nach Angaben der Industrie- und
// Handelskammer Ebersried"). The source readers stop at the hyphen and
// give the bare first part; truncatedCompoundDE only rejoins a claimant
// already split in two.

// truncatedSourceDE completes a claimant that is a single first part of a
// compound ("Industrie-") with the conjunction and the capitalised words
// after it in the unit ("Industrie- und Handelskammer Ebersried"); who
// otherwise, and who when no capitalised word follows the conjunction or
// three or more do (an office and a person's name: "Partei- und
// Staatschef Lu Fang").
func truncatedSourceDE(toks []token, text, who string) string {
	if !strings.HasSuffix(who, "-") || strings.Contains(who, "; ") || len(toks) == 0 {
		return who
	}
	unit := text[toks[0].s:toks[len(toks)-1].e]
	i := strings.Index(unit, who+" ")
	if i < 0 {
		return who
	}
	rest := unit[i+len(who)+1:]
	conj, rest, ok := strings.Cut(rest, " ")
	if !ok {
		return who
	}
	switch conj {
	case "und", "oder", "sowie":
	default:
		return who
	}
	var words []string
	for _, w := range strings.Fields(rest) {
		core := strings.TrimRight(w, ",.;:!?)“”\"")
		if !upperFirst(core) || functionWordDE(core) || len(words) == 4 {
			break
		}
		words = append(words, core)
		if core != w {
			break // a comma or full stop ends the name
		}
	}
	if len(words) == 0 || len(words) >= 3 {
		return who // "laut Partei- und Staatschef Lu Fang": an office before a person's name, read as before
	}
	return who + " " + conj + " " + strings.Join(words, " ")
}
