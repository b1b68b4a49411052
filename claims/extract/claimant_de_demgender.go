package extract

// "Die Reederei wandte sich an den Verkehrsausschuss und bat um eine
// Prüfung der Fahrpläne. Dieser erklärte, …": a demonstrative subject
// ("Dieser", "Diese" before a verb in the singular) refers to the nearest
// noun of its gender before. When the unit before does not end with a name
// the text knows (demonstrativeWhoDE), the nouns after the antecedent are
// passed over as long as their article shows another gender ("der
// Fahrpläne", "die Prüfung" for "Dieser"), and a person the text knows or
// a body whose head noun gives its gender ("-ausschuss", "-organisation")
// is the speaker.

// genderedBodyHeadsDE are head nouns of bodies (closed class) that end
// their compound names, with their gender: 'm' or 'f'. Councils and
// committees ("-rat", "-ausschuss") are read by councilHeadDE.
var genderedBodyHeadsDE = [...]struct {
	head string
	g    byte
}{
	{"organisation", 'f'}, {"behörde", 'f'}, {"verwaltung", 'f'}, {"regierung", 'f'}, {"polizei", 'f'},
	{"staatsanwaltschaft", 'f'}, {"kammer", 'f'}, {"anstalt", 'f'}, {"agentur", 'f'}, {"gewerkschaft", 'f'},
	{"partei", 'f'}, {"stiftung", 'f'}, {"verband", 'm'}, {"verein", 'm'}, {"konzern", 'm'}, {"senat", 'm'},
}

// bodyGenderDE returns the gender of the body the capitalised word w names
// by its head noun ("Wetterorganisation" → 'f', "Verkehrsausschuss" → 'm'),
// 0 when w names no such body.
func bodyGenderDE(w string) byte {
	if adj, ok := councilHeadDE(w); ok {
		switch adj {
		case "r":
			return 'm'
		case "":
			return 'f'
		}
		return 0
	}
	head := genderedBodyHeadSetDE.first(w)
	for _, h := range genderedBodyHeadsDE {
		if h.head == head {
			return h.g
		}
	}
	return 0
}

// genderedBodyHeadSetDE holds the heads of genderedBodyHeadsDE by their
// last letter (suffixSet): bodyGenderDE, which runs on the capitalised
// words of every German unit, compares a word only with the heads it may
// end with; each group keeps the list's order, so the head found is the
// first of the list that the word ends with (TestBodyGenderDE).
var genderedBodyHeadSetDE = func() *suffixSet {
	var heads []string
	for _, h := range genderedBodyHeadsDE {
		heads = append(heads, h.head)
	}
	return newSuffixSet(heads...)
}()

// notGenderDE reports whether the article or contracted preposition art
// before a noun shows that the noun is not of gender g: "die", "eine",
// "einer", "das" and a genitive "der" (after a noun) are no masculine;
// "das", "dem", "des", "den", "einem", "eines", "einen", "vom", "im",
// "zum", "beim" no feminine.
func notGenderDE(art string, genitive bool, g byte) bool {
	switch art {
	case "das":
		return true
	case "die", "eine", "einer":
		return g == 'm'
	case "der":
		return g == 'm' && genitive
	case "dem", "des", "den", "vom", "im", "zum", "beim", "einem", "eines", "einen":
		return g == 'f'
	}
	return false
}

// noteGenderedDE remembers, for "Dieser …" / "Diese …" in the next unit,
// the person or body of each gender the German unit names last, reading
// back from its end: a noun whose article shows another gender is passed
// over, as is a short form in brackets ("(WMO)"); any other noun ends the
// search for that gender.
func (d *docState) noteGenderedDE(toks []token, text string) {
	d.prevGendered = d.genderedBeforeDE(toks, text)
}

// genderedBeforeDE returns, for each gender of genders, the last person or
// body of that gender that toks name with only nouns of other genders
// after it, "" when there is none. One pass reads both genders: each
// gender's reading stops on its own.
func (d *docState) genderedBeforeDE(toks []token, text string) (found [2]string) {
	var done [2]bool
	caps := d.capsOf(toks)
	for j := len(caps) - 1; j >= 0 && !(done[0] && done[1]); j-- {
		k := int(caps[j])
		if k <= 1 {
			break
		}
		t := &toks[k]
		if t.s > 0 && text[t.s-1] == '(' {
			continue // "(WMO)": the short form of the name before
		}
		w := text[t.s:t.e]
		if i, ok := d.byKey[w]; ok {
			for gi, g := range genders {
				if !done[gi] && d.people[i].gender == g {
					found[gi] = d.people[i].name
				}
			}
			return found
		}
		if toks[k-1].low == "des" {
			w = genitiveBaseDE(w)
		}
		bg, capBefore, gen := bodyGenderDE(w), capWord(&toks[k-1]), k > 2 && capWord(&toks[k-2])
		for gi, g := range genders {
			switch {
			case done[gi]:
			case bg == g && !capBefore:
				found[gi], done[gi] = w, true
			case !notGenderDE(toks[k-1].low, gen, g):
				done[gi] = true
			}
		}
	}
	return found
}

// genders are the genders of prevGendered, in its order.
var genders = [2]byte{'m', 'f'}

// demonstrativeGenderDE gives a unit with a verb of saying and no claimant,
// or the bare demonstrative as one, that opens with "Dieser" or "Diese"
// and a verb in the singular the person or body of that gender the unit
// before named last (noteGenderedDE).
func (d *docState) demonstrativeGenderDE(u *claimUnit, who string) string {
	toks := u.toks
	if len(toks) < 3 || who != "" && who != u.text[toks[0].s:toks[0].e] || who == "" && len(u.verbs) == 0 {
		return who
	}
	if !lowerWord(&toks[1]) || pluralFiniteDE(&toks[1]) {
		return who // "Diese Zahlen", "Diese könnten …": no singular subject
	}
	switch toks[0].low {
	case "dieser":
		if d.prevGendered[0] != "" {
			return d.prevGendered[0]
		}
	case "diese":
		if d.prevGendered[1] != "" {
			return d.prevGendered[1]
		}
	}
	return who
}
