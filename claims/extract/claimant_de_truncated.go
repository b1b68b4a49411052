package extract

import "strings"

// German joins compounds that share their last part with a hyphen
// (Ergänzungsstrich): "Kinder- und Jugendärzte", "Industrie- und
// Handelskammer", "Hals-, Nasen- und Ohrenärzte". The conjunction joins
// parts of one noun, not two claimants: "Der Berufsverband der Kinder- und
// Jugendärzte forderte …" names one body.

// truncatedCompoundDE rejoins claimants split at such a conjunction ("A-;
// B" → "A- und B", as the unit writes it), with the earlier parts of a
// list ("Hals-, ") and the noun whose genitive the compound is ("Verband
// der Kinder- und Jugendärzte"); who otherwise.
func truncatedCompoundDE(toks []token, text, who string) string {
	a, b, ok := strings.Cut(who, "; ")
	if !ok || !strings.HasSuffix(a, "-") || strings.Contains(b, "; ") || len(toks) == 0 {
		return who
	}
	unit := text[toks[0].s:toks[len(toks)-1].e]
	ia := strings.Index(unit, a)
	if ia < 0 {
		return inflectedTruncatedDE(unit, a, b, who)
	}
	ib := strings.Index(unit[ia+len(a):], b)
	if ib < 0 {
		return who
	}
	switch strings.TrimSpace(unit[ia+len(a) : ia+len(a)+ib]) {
	case "und", "oder", "sowie", "bzw.":
	case "und das", "und die", "und der":
		return bothBodiesDE(a, b, who) // "Das Wirtschafts- und das Finanzministerium": two
	default:
		return who
	}
	end := ia + len(a) + ib + len(b)
	start := listStartDE(unit, ia)
	return genitiveHeadTextDE(unit, start) + unit[start:end]
}

// bothBodiesDE completes the cut part a of "das Wirtschafts- und das
// Finanzministerium", two bodies with an article each, with the head noun
// of b: "Wirtschaftsministerium; Finanzministerium"; who when b ends with
// no head noun of a body (bodyHeadDE).
func bothBodiesDE(a, b, who string) string {
	head := bodyHeadDE(b)
	if head == "" || strings.IndexByte(a, ' ') >= 0 {
		return who
	}
	return strings.TrimSuffix(a, "-") + strings.ToLower(head) + "; " + b
}

// inflectedTruncatedDE rejoins "A-; B" when the claimant's first part is
// not written so in the unit: its words before the cut part were put in
// the nominative ("des Deutschen Städte- und Gemeindebunds" → "Deutscher
// Städte-"). It finds the cut part itself ("Städte-"), the conjunction
// and b after it, and keeps a's words: "Deutscher Städte- und
// Gemeindebund"; who when the unit does not write them so.
func inflectedTruncatedDE(unit, a, b, who string) string {
	cut := a[strings.LastIndexByte(a, ' ')+1:]
	if cut == a {
		return who
	}
	i := strings.Index(unit, " "+cut+" ")
	if i < 0 {
		return who
	}
	rest := unit[i+len(cut)+2:]
	conj, after, _ := strings.Cut(rest, " ")
	switch conj {
	case "und", "oder", "sowie":
	default:
		return who
	}
	if !strings.HasPrefix(after, b) {
		return who
	}
	return a + " " + conj + " " + b
}

// listStartDE moves back from ia over earlier hyphenated parts of a list
// ("Hals-, Nasen- und Ohrenärzte").
func listStartDE(unit string, ia int) int {
	for {
		before := strings.TrimSuffix(unit[:ia], ", ")
		if len(before) == ia || !strings.HasSuffix(before, "-") {
			return ia
		}
		k := strings.LastIndexByte(before, ' ') + 1
		if !upperFirst(before[k:]) {
			return ia
		}
		ia = k
	}
}

// genitiveHeadTextDE returns "Noun der " when the capitalised noun and a
// genitive article stand right before start ("Berufsverband der "), else "".
func genitiveHeadTextDE(unit string, start int) string {
	before := unit[:start]
	var link string
	switch {
	case strings.HasSuffix(before, " der "):
		link = " der "
	case strings.HasSuffix(before, " des "):
		link = " des "
	default:
		return ""
	}
	head := before[:len(before)-len(link)]
	k := strings.LastIndexByte(head, ' ') + 1
	if w := head[k:]; !upperFirst(w) || functionWordDE(w) || lowerIn(closedLowDE, w) {
		return ""
	}
	return head[k:] + link
}
