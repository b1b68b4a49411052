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
	cut := who // the cut part as the unit writes it, after words the reader may have inflected ("Deutscher Sparkassen-" of "der Deutsche Sparkassen- und Giroverband")
	i := strings.Index(unit, who+" ")
	if i < 0 {
		cut = who[strings.LastIndexByte(who, ' ')+1:]
		if i = strings.Index(unit, " "+cut+" "); cut == who || i < 0 {
			return who
		}
		i++
	}
	rest := unit[i+len(cut)+1:]
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
	if cut != who {
		words[len(words)-1] = nominativeHeadDE(words[len(words)-1]) // "des Deutschen Sparkassen- und Giroverbands": the nominative, as who's first words are
	}
	return who + " " + conj + " " + strings.Join(words, " ")
}

// nominativeHeadDE drops the genitive ending -s or -es of a noun that then
// ends with the head noun of a body ("Giroverbands" → "Giroverband"); w
// otherwise.
func nominativeHeadDE(w string) string {
	if bodyHeadDE(w) != "" {
		return w
	}
	for _, end := range [...]string{"es", "s"} {
		if n := strings.TrimSuffix(w, end); n != w && bodyHeadDE(n) != "" {
			return n
		}
	}
	return w
}
