package extract

import "strings"

// German public bodies and associations are named by a head noun and its
// remit after "für": "Bundesamt für Migration und Flüchtlinge",
// "Senatsverwaltung für Integration, Arbeit und Soziales", "Institut für
// öffentliche Gesundheit". The rules that read names stop at the
// lower-case "für" ("Bundesamt") or take the remit's nouns for the
// speakers ("Gesundheit; Umwelt"). The guide wants the body's full name,
// so a claimant that is a part of such a name in its unit becomes the
// whole name, with the adjectives before the head in the nominative
// ("das Bayerische Landesamt für …" → "Bayerisches Landesamt für …").

// forHeadsDE are the endings of German head nouns of bodies that take a
// remit with "für" (a closed class of nouns of institutions).
var forHeadsDE = [...]string{"amt", "ämter", "institut", "ministerium", "verwaltung", "behörde", "verband", "gesellschaft",
	"agentur", "vereinigung", "kommission", "zentrum", "zentrale", "stiftung", "ombudsman", "kampagne", "allianz",
	"vertretung", "büro", "dienst", "ausschuss", "komitee", "akademie", "netzwerk", "initiative", "forum", "bündnis",
	"anstalt", "kammer"}

// forHeadSetDE holds forHeadsDE by their last letter (suffixSet).
var forHeadSetDE = newSuffixSet(forHeadsDE[:]...)

// forHeadDE reports whether the capitalised word w, perhaps in the
// genitive ("des Ombudsmans"), ends with a head noun of forHeadsDE. It
// compares only with the heads of the last letter (forHeadSetDE): it runs
// on many capitalised words of a German unit.
func forHeadDE(w string) bool {
	gen := strings.TrimSuffix(strings.TrimSuffix(w, "s"), "e") // "Amtes", "Ombudsmans"
	return forHeadSetDE.first(w) != "" || forHeadSetDE.first(gen) != ""
}

// forBodyDE returns the full name of the body with a remit after "für"
// (forSpanDE) that holds who's words in its unit, or whose genitive
// follows who (forGenitiveOwnerDE); else who.
func (d *docState) forBodyDE(toks []token, text, who string) string {
	if who == "" {
		return who
	}
	for h := 0; h+2 < len(toks); h++ {
		if toks[h+1].low != "für" || !capWord(&toks[h]) || !forHeadDE(text[toks[h].s:toks[h].e]) {
			continue
		}
		s, e := forSpanDE(toks, h)
		if e < 0 {
			continue
		}
		if name := forGenitiveOwnerDE(toks, text, s, e, who); name != "" {
			return name // "Regionaldirektion der Agentur für Umwelt" (claimant_de_forgenitive.go)
		}
		if !spanHoldsDE(toks, text, s, e, who) {
			continue
		}
		head := text[toks[h].s:toks[h].e]
		if gen := strings.TrimSuffix(head, "s"); gen != head && (who == gen || strings.HasSuffix(who, " "+gen)) {
			head = gen // "des Ombudsmans für Menschenrechte" → "Ombudsman für …"
		}
		name := head + " " + text[toks[h+1].s:toks[e-1].e]
		if s < h {
			name = text[toks[s].s:toks[h-1].e] + " " + name
		}
		if s > 0 && toks[s-1].cat&cDet != 0 {
			name = nominativeDE(toks[s-1].low, name)
		}
		return name
	}
	return who
}

// forSpanDE returns where the body named by the head noun at h and "für"
// starts (before capitalised or lower-case adjectives after an article:
// "das Bayerische Landesamt", "die französische Aufsichtsbehörde") and
// ends (after the remit: capitalised words, perhaps with lower-case
// adjectives or "ein" before them, joined by "und" or a comma: "für
// Integration, Arbeit und Soziales", "für alte und pflegebetroffene
// Menschen"; a comma only in a list that "und" closes; no adjective right
// after a noun of the remit: remitEndsDE); e is -1 when no capitalised
// word follows "für".
func forSpanDE(toks []token, h int) (s, e int) {
	s = h
	for s > 0 && h-s < 2 && (capWord(&toks[s-1]) && adjectiveDE(toks[s-1].low) || lowerWord(&toks[s-1]) && inflectedDE(toks[s-1].low) && toks[s-1].cat&cDet == 0) {
		s--
	}
	e = -1
	comma := -1 // the last comma of the remit, while no "und" follows it
	for k := h + 2; k < len(toks) && k-h <= 10; k++ {
		t := &toks[k]
		switch {
		case capWord(t):
			e = k + 1
		case t.low == "und" || t.low == "ein" || t.low == "eine" || lowerWord(t) && inflectedDE(t.low) && t.cat&cDet == 0 && !remitEndsDE(e, k):
			// "und Soziales", "ein Freies Tibet", "öffentliche Gesundheit"
			if t.low == "und" {
				comma = -1
			}
		case t.p == ',' && e == k && k+1 < len(toks) && capWord(&toks[k+1]):
			comma = k // "Integration, Arbeit und Soziales"
		case t.p == '-' && e == k:
			// "Luft- und Raumfahrt"
		default:
			k = len(toks)
		}
	}
	if comma > 0 {
		e = comma // "für öffentliche Gesundheit, Johan Carlson": an apposition, no list
	}
	return s, e
}

// spanHoldsDE reports whether each part of who ("A; B" for several) is a
// word or run of words of toks[s:e].
func spanHoldsDE(toks []token, text string, s, e int, who string) bool {
	span := " " + text[toks[s].s:toks[e-1].e] + " "
	for _, part := range strings.Split(who, "; ") {
		if part == "" || !strings.Contains(span, " "+part+" ") && !strings.Contains(span, " "+part+"s ") && !strings.Contains(span, " "+part+",") {
			return false
		}
	}
	return true
}

// forBodyFirstDE returns the body with a remit after "für" that opens the
// sentence, after an article, as the subject of a verb of reporting right
// after its name ("Das Bayerische Landesamt für Gesundheit pochte auf …");
// "" when there is none.
func (d *docState) forBodyFirstDE(toks []token, text string, lex lexicon) string {
	i := 0
	if len(toks) > 0 && toks[0].low == "auch" {
		i++
	}
	if i+3 >= len(toks) || toks[i].cat&cDet == 0 {
		return ""
	}
	for h := i + 1; h+2 < len(toks) && h <= i+3; h++ {
		if toks[h+1].low != "für" || !capWord(&toks[h]) || !forHeadDE(text[toks[h].s:toks[h].e]) {
			continue
		}
		s, e := forSpanDE(toks, h)
		if s != i+1 || e < 0 || e >= len(toks) || !lowerWord(&toks[e]) || !reportsDE(toks, e) && toks[e].cat&cSpeech == 0 {
			return ""
		}
		return d.forBodyDE(toks, text, text[toks[h].s:toks[h].e])
	}
	return ""
}

// remitEndsDE reports whether a lower-case adjective at k ends the remit
// because a noun of it stands right before (e == k): "das Landesamt für
// Gesundheit steigende Zahlen" names "Landesamt für Gesundheit"; before
// the first noun or after "und" an adjective belongs to the remit ("für
// öffentliche Gesundheit").
func remitEndsDE(e, k int) bool {
	return e == k
}
