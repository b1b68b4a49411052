package extract

// "Burglaries fell by 8 percent, figures published by Eastshire Police on
// Tuesday show." Figures, data or statistics that a body published "show"
// what the unit states: the publisher is the source, and "the figures
// showed" later in the text points back to the same publisher.

// shownFiguresEN reports whether w is a plural noun of published numbers
// (closed class).
func shownFiguresEN(w string) bool {
	switch w {
	case "figures", "data", "statistics", "numbers", "estimates", "forecasts", "projections":
		return true
	}
	return false
}

// figuresShowEN returns the publisher of the figures that "show" in the
// unit: the capitalised name after "published by", "from" and the like
// (publishedByEN) right after the noun ("figures published by Eastshire
// Police … show"), which it keeps for later units (docState.figuresEN),
// or, for "the figures" with no publisher of their own, the one kept; ""
// otherwise.
func (d *docState) figuresShowEN(toks []token, text string) string {
	for i := 0; i+1 < len(toks); i++ {
		if !shownFiguresEN(toks[i].low) || capWord(&toks[i]) && i > 0 {
			continue
		}
		v := showAfterEN(toks, i)
		if v < 0 {
			continue
		}
		if by := publishedByEN(toks, text, i+1, v); by != "" {
			d.figuresEN = by
			return by
		}
		if by := figuresOwnerEN(toks, text, i); by != "" {
			d.figuresEN = by
			return by // "Labor Department figures show …"
		}
		if i > 0 && toks[i-1].low == "the" && (i == 1 || toks[i-2].is(tPunct)) {
			return d.figuresEN // "…, the figures showed.", "The figures also show …"
		}
	}
	return ""
}

// showAfterEN returns the token of "show", "shows" or "showed" at most
// eight tokens after the noun at i with no punctuation between (an adverb
// may stand before it: "also show"); -1 when there is none.
func showAfterEN(toks []token, i int) int {
	for k := i + 1; k < len(toks) && k-i <= 8; k++ {
		switch toks[k].low {
		case "show", "shows", "showed":
			return k
		}
		if toks[k].is(tPunct) {
			return -1
		}
	}
	return -1
}

// publishedByEN returns the capitalised name after a participle of
// issuing and "by" ("published by", "released by", "issued Wednesday by":
// releasedByEN), or right after "from" or "by" ("data from the Census
// Bureau"), perhaps "the" before it, that opens toks[k:v]; "".
func publishedByEN(toks []token, text string, k, v int) string {
	if k+1 >= v {
		return ""
	}
	n := k + 1
	if toks[k].low != "from" && toks[k].low != "by" {
		b := releasedByEN(toks, k, v) // "published by", "issued Wednesday by"
		if b < 0 {
			return ""
		}
		n = b + 1
	}
	if n >= v {
		return ""
	}
	if toks[n].low == "the" {
		n++
	}
	if n >= v || !capWord(&toks[n]) {
		return ""
	}
	e := capRun(toks, text, n, false)
	if e > v {
		return ""
	}
	return text[toks[n].s:toks[e-1].e]
}

// figuresOwnerEN returns the capitalised name right before the figures
// noun at i that opens the sentence, perhaps after "the", "new" or
// "latest" ("Labor Department figures", "The latest Census Bureau data",
// "CDC data"): two words at least or an acronym, not an adjective ("New
// figures"); "" when there is none.
func figuresOwnerEN(toks []token, text string, i int) string {
	s := i
	for s > 0 && capWord(&toks[s-1]) && toks[s-1].cat&cDet == 0 {
		s--
	}
	if s == i {
		return ""
	}
	for s < i && foldIn(toks[s].low, "new", "latest", "recent", "official", "preliminary", "final", "provisional", "annual", "monthly", "weekly", "quarterly") {
		s++ // "New figures", "The latest Census Bureau data": an adjective, no name
	}
	if s == i || i-s < 2 && !toks[s].is(tAllCap) {
		return "" // one word that may be anything capitalised at the start ("Official"); an acronym counts ("CDC data")
	}
	for k := 0; k < s; k++ {
		if !foldIn(toks[k].low, "the", "new", "latest", "recent", "official") {
			return "" // the name opens the sentence
		}
	}
	return text[toks[s].s:toks[i-1].e]
}
