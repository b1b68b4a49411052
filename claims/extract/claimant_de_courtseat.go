package extract

import "strings"

// A German court below the federal ones is named by its kind and its seat:
// "Landgericht Kassel", "Oberlandesgericht Kassel", and where a city has
// several, with a numeral ("Landgericht München II", which this rule leaves
// alone: a name with a Roman numeral is read as a ruler's). News write the seat
// after "in" too ("des Oberlandesgerichts in Kassel", "das Amtsgericht in
// Talheim") and later call the court "das Gericht". The guide wants the
// fullest form of the name, so such a court is noted with its seat for
// "das Gericht" and the bare compound (bodyNamedDE), where noteBodiesDE
// noted the compound alone.

// courtSeatDE returns the name of the court whose compound stands at k
// with its seat: "Landgericht Kassel" for "Landgericht Kassel" and
// "Landgericht in Kassel" (also in the genitive, "des Landgerichts in
// Kassel"); "" when the
// word at k is no compound of "Gericht", a federal court's ("Bundes…":
// one court, its seat no part of its name), or no single capitalised word
// of a place follows.
func courtSeatDE(toks []token, text string, k int) string {
	w := text[toks[k].s:toks[k].e]
	if k > 0 && toks[k-1].low == "des" {
		w = genitiveBaseDE(w)
	}
	if len(w) <= len("gericht") || !hasSuffixFold(w, "gericht") || !upperFirst(w) || strings.HasPrefix(w, "Bundes") {
		return ""
	}
	p := k + 1
	if p < len(toks) && toks[p].low == "in" {
		p++
	}
	if p >= len(toks) || !placeWordDE(&toks[p]) {
		return ""
	}
	if e := p + 1; e < len(toks) && capWord(&toks[e]) && !toks[e].is(tNum) {
		return "" // "Landgericht München II", "Landgericht Kassel Nord …": a longer name than this rule reads
	}
	return w + " " + text[toks[p].s:toks[p].e]
}

// placeWordDE reports whether t is a capitalised word that may be the
// name of a place: no word of a closed class, no time word.
func placeWordDE(t *token) bool {
	return capWord(t) && !t.is(tNum) && t.cat&(cNotName|cTimeNoun|cMonth|cWeekday|cRelDate|cDet) == 0
}

// noteCourtSeatsDE notes each court the unit names with its seat
// (courtSeatDE) for "das Gericht" and for its bare compound, after
// noteBodiesDE noted the compound alone; it returns who unchanged.
func (d *docState) noteCourtSeatsDE(toks []token, text, who string) string {
	for _, c := range d.capsOf(toks) {
		k := int(c)
		name := courtSeatDE(toks, text, k)
		if name == "" {
			continue
		}
		if d.descs == nil {
			d.descs = map[string]string{}
		}
		compound, _, _ := strings.Cut(name, " ")
		d.descs[bodyKeyDE+"Gericht"] = name
		d.descs[bodyKeyDE+compound] = name
		d.descs[anyBodyKeyDE] = name
	}
	return who
}
