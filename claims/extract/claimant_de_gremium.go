package extract

import "strings"

// German news name a council or committee once ("der Europäische
// Nordseerat", "den Landesjugendausschuss") and later call it by the
// general noun "Gremium" ("Das Gremium empfahl …", "das siebenköpfige
// Gremium"). The guide wants the name, in the nominative without its
// article ("Europäischer Nordseerat").

// councilKeyDE is the key of docState.descs that holds the council or
// committee a German unit last named: no claimant starts with it.
const councilKeyDE = bodyKeyDE + "#council"

// councilHeadsDE are the heads of the compound names of councils and
// committees (closed class), with the ending of a capitalised adjective
// before them in the nominative without article (their gender).
var councilHeadsDE = [...]struct{ head, adj string }{
	{"ausschuss", "r"}, {"beirat", "r"}, {"komitee", "s"}, {"kommission", ""}, {"rat", "r"},
}

// notCouncilsDE are words in -rat that name no council (closed class):
// offices of people ("Landrat") and things ("Apparat", "Referat").
var notCouncilsDE = [...]string{"landrat", "studienrat", "regierungsrat", "hofrat", "apparat", "referat", "präparat", "inserat", "vorrat", "verrat", "heirat", "zierat"}

// councilHeadDE returns the ending of a nominative adjective before the
// capitalised word w when w is a compound name of a council or committee
// ("Ethikrat", "Haushaltsausschuss"; a stem of four letters at least
// before the head, none of notCouncilsDE); ok is false otherwise.
func councilHeadDE(w string) (adj string, ok bool) {
	if !councilEndDE(w) {
		return "", false // the common case, before the loops over the lists
	}
	for _, n := range notCouncilsDE {
		if hasSuffixFold(w, n) {
			return "", false
		}
	}
	for _, h := range councilHeadsDE {
		if len(w) >= len(h.head)+4 && hasSuffixFold(w, h.head) && upperFirst(w) {
			return h.adj, true
		}
	}
	return "", false
}

// councilEndDE reports whether w may end in a head of councilHeadsDE: seven
// bytes at least (a head of three and a stem of four) and the last three,
// case folded, those of a head ("rat", "uss", "tee", "ion"). A pre-check
// of councilHeadDE, which runs on every capitalised word of a German unit.
// A head of three ASCII letters folds only with three ASCII bytes, so the
// last three bytes are compared in lower case (b|0x20), packed into one
// number, instead of by strings.EqualFold (TestCouncilEndDEFold).
func councilEndDE(w string) bool {
	n := len(w)
	if n < 7 {
		return false
	}
	e := (uint32(w[n-3])<<16 | uint32(w[n-2])<<8 | uint32(w[n-1])) | 0x202020
	return e == 'r'<<16|'a'<<8|'t' || e == 'u'<<16|'s'<<8|'s' || e == 't'<<16|'e'<<8|'e' || e == 'i'<<16|'o'<<8|'n'
}

// adjectiveStemOfDE returns the lower-case word w without its adjective
// ending (-en, -er, -es, -em, -e) when the rest is an adjective's stem
// (properAdjStemDE); "" otherwise.
func adjectiveStemOfDE(w string) string {
	for _, end := range [...]string{"en", "er", "es", "em", "e"} {
		if stem, ok := strings.CutSuffix(w, end); ok {
			if properAdjStemDE(stem) {
				return stem
			}
			return ""
		}
	}
	return ""
}

// gremiumDE returns the council or committee the text last named when who
// is "Gremium", perhaps after an adjective ("siebenköpfiges Gremium"), and
// the unit writes it after "das"; who otherwise. It then notes the
// councils the unit names (noteCouncilsDE).
func (d *docState) gremiumDE(toks []token, text, who string) string {
	if (who == "Gremium" || strings.HasSuffix(who, " Gremium") && strings.Count(who, " ") == 1 && !upperFirst(who)) && hasToken(toks, "gremium") {
		if full := d.descs[councilKeyDE]; full != "" && gremiumAfterDasDE(toks) {
			who = full
		}
	}
	d.noteCouncilsDE(toks, text)
	return who
}

// gremiumAfterDasDE reports whether the unit writes "Gremium" after "das",
// perhaps with an adjective between.
func gremiumAfterDasDE(toks []token) bool {
	for k := 1; k < len(toks); k++ {
		if toks[k].low == "gremium" && (toks[k-1].low == "das" || k > 1 && toks[k-2].low == "das" && lowerWord(&toks[k-1])) {
			return true
		}
	}
	return false
}

// noteCouncilsDE records the last council or committee the unit names by
// a compound (councilHeadDE) that no capitalised name follows ("Stadtrat
// Jan Roth" is a person), with the capitalised adjective before it put in
// the nominative ("den Deutschen Jugendrat" → "Deutscher Jugendrat") and
// without a genitive's ending; a shorter form of the council noted last
// keeps the fuller one.
func (d *docState) noteCouncilsDE(toks []token, text string) {
	for _, c := range d.capsOf(toks) {
		k := int(c)
		w := text[toks[k].s:toks[k].e]
		if k > 0 && toks[k-1].low == "des" {
			w = genitiveBaseFullDE(w) // "des Ethikrats"
		}
		if !councilEndDE(w) {
			continue // the common case, without the call of councilHeadDE
		}
		end, ok := councilHeadDE(w)
		if !ok || k+1 < len(toks) && capWord(&toks[k+1]) {
			continue
		}
		if k > 0 && capWord(&toks[k-1]) {
			if stem := adjectiveStemOfDE(toks[k-1].low); stem != "" {
				w = text[toks[k-1].s:toks[k-1].s+len(stem)] + "e" + end + " " + w // "den Deutschen Ethikrat" → "Deutscher Ethikrat"
			}
		}
		if d.descs == nil {
			d.descs = map[string]string{}
		}
		if !strings.HasSuffix(d.descs[councilKeyDE], " "+w) {
			d.descs[councilKeyDE] = w // not "Ethikrat" after "Deutscher Ethikrat": the fullest form
		}
	}
}
