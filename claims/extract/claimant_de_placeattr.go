package extract

// placeAttributeEndDE reads a short place attribute that follows a noun
// phrase of the Vorfeld at i ("im Landtag", "in der Stadt", "aus
// Bayern") and returns where it ends, or i when there is none: a
// preposition of place, an optional article and one or two capitalised
// words that are no time ("im Mai" is an adverbial). "Die Opposition im
// Landtag wirft der Regierung Versagen vor": the phrase up to the verb is
// the subject, the noun after the verb an object.
func placeAttributeEndDE(toks []token, i, v int) int {
	if i >= v {
		return i
	}
	k := i + 1
	switch toks[i].low {
	case "im":
	case "in", "aus":
		if k < v && toks[k].cat&cDet != 0 {
			switch toks[k].low {
			case "der", "dem", "den":
				k++
			default:
				return i
			}
		}
	default:
		return i
	}
	j := k
	for j < v && j-k < 2 && capWord(&toks[j]) && toks[j].cat&(cWeekday|cMonth|cTimeNoun|cRelDate|cNotName) == 0 {
		j++
	}
	if j == k {
		return i
	}
	return j
}
