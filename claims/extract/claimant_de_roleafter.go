package extract

// "Bernd Roth, Chef der Nordbahn, sagte …" and "Bernd Roth ist seit
// Jahren Präsident der Nordbahn": the role and its body follow the name,
// in an apposition or as the predicate. The person is noted as the
// holder of the role of that body, as noteRoleAppositionDE and
// noteHeadOfBodyDE do for the role before the name, so that a later "Der
// Chef der Nordbahn" names them (roleOfBodyDE).

// noteRoleAfterNameDE notes, for each role noun (roleOf or headRoleDE)
// followed by "der" or "des" and a body (bodyRunEndDE),
// the full name the text registered right before it: before a comma that
// opens the apposition, or before "ist" or "war" and up to three words.
// derDes are the places of "der" and "des" in toks (linkPosDE).
func (d *docState) noteRoleAfterNameDE(toks []token, text string, lex lexicon, derDes []int) {
	for _, g := range derDes {
		k := g - 1
		if k < 2 || k+2 >= len(toks) || !capWord(&toks[k]) || !capWord(&toks[k+2]) {
			continue
		}
		head := headRoleDE(toks[k].low)
		if !head && roleOf(&toks[k], lex) == "" {
			continue
		}
		name := d.nameBeforeRoleDE(toks, text, k)
		if name == "" {
			continue
		}
		body := text[toks[k+2].s:toks[bodyRunEndDE(toks, k+2)].e]
		d.noteRole(roleBodyKeyDE(text[toks[k].s:toks[k].e], toks[k+1].low, body), name)
		if head {
			d.noteRole(headBodyKeyDE(body), name)
		}
	}
}

// nameBeforeRoleDE returns the registered full name that ends before the
// role noun at k: right before a comma at k-1, or before "ist" or "war"
// with up to three words between it and k ("ist seit Jahren"); two capitalised
// words of a name that open the unit also count; "" otherwise.
func (d *docState) nameBeforeRoleDE(toks []token, text string, k int) string {
	end := -1
	if toks[k-1].p == ',' {
		end = k - 2
	} else {
		for j := k - 1; j >= 1 && j >= k-4; j-- {
			if w := toks[j].low; w == "ist" || w == "war" {
				end = j - 1
				break
			}
			if toks[j].is(tPunct) {
				return ""
			}
		}
	}
	return d.fullNameEndingDE(toks, text, end)
}

// fullNameEndingDE returns the registered full name of two or three words
// that ends at token end, or two capitalised words of a name that open the
// unit there; "" otherwise.
func (d *docState) fullNameEndingDE(toks []token, text string, end int) string {
	if end < 1 || !capWord(&toks[end]) {
		return ""
	}
	for s := end - 1; s >= 0 && s >= end-2 && capWord(&toks[s]); s-- {
		name := text[toks[s].s:toks[end].e]
		if _, ok := d.byKey[name]; ok {
			return name
		}
	}
	if end == 1 && toks[0].cat&cNotName == 0 && toks[1].cat&cNotName == 0 && plainName(text[toks[0].s:toks[1].e]) {
		return text[toks[0].s:toks[1].e] // "Udo Roth ist …": two words opening the unit, not yet registered
	}
	return ""
}

// leadVerbsDE are forms of the verbs of leading a body.
var leadVerbsDE = map[string]bool{"leitet": true, "leitete": true, "führt": true, "führte": true}

// leadFilterDE is the filter of leadVerbsDE: noteLeadsBodyDE asks the map
// only for a word it may hold.
var leadFilterDE = newWordFilter(leadVerbsDE)

// noteLeadsBodyDE notes, for "<Name> leitet/führt die/den/das <Body>"
// (bodyRunEndDE), the name right before the
// verb as the head of that body, so that a later "Der Chef des Verbands X"
// names them. It runs on every word of a German unit: the article after
// the word and the filter come before the map. object are the places of
// "die", "den" and "das" in toks (linkPosDE).
func (d *docState) noteLeadsBodyDE(toks []token, text string, object []int) {
	for _, o := range object {
		v := o - 1
		if v < 2 || v+2 >= len(toks) {
			continue
		}
		if w := toks[v].low; !leadFilterDE.mayHold(w) || !leadVerbsDE[w] {
			continue
		}
		if !capWord(&toks[v+2]) {
			continue
		}
		name := d.fullNameEndingDE(toks, text, v-1)
		if name == "" {
			continue
		}
		d.noteRole(headBodyKeyDE(text[toks[v+2].s:toks[bodyRunEndDE(toks, v+2)].e]), name)
	}
}

// bodyRunEndDE returns the last token of a body's name from i: up to four
// capitalised words, then perhaps "der" or "des" and up to four more
// ("Verband der Fährbetriebe").
func bodyRunEndDE(toks []token, i int) int {
	e := i
	for e+1 < len(toks) && e-i < 3 && capWord(&toks[e+1]) {
		e++
	}
	if e+2 < len(toks) && (toks[e+1].low == "der" || toks[e+1].low == "des") && capWord(&toks[e+2]) {
		g := e + 2
		for g+1 < len(toks) && g-e < 5 && capWord(&toks[g+1]) {
			g++
		}
		return g
	}
	return e
}
