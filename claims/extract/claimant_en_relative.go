package extract

import "strings"

// English subjects separated from their verb of saying by a relative
// clause or an apposition: "Ann Lee, who ran for mayor in 2016, said …",
// "city council member Ann Lee, a Democrat, said …". appositionEnd finds
// the subject only when the words before the first comma are all
// capitalised; a dateline ("WASHINGTON (AP) —") or a lower-case office
// before the name ("city council member Ann Lee") hides it.

// relativeEndEN returns where the English subject of the verb of saying v
// ends when a non-restrictive relative clause or apposition stands
// between them ("Ann Lee, who …, said", "Ann Lee, a lawyer …, said"):
// the comma before v closes it, and it opens with "who", "whose", "whom"
// or an article right after the comma that follows a capitalised word; v
// when there is none. A comma inside a quotation before v opens none. A
// name after a preposition ("In Boston, the …") is no subject
// (subjectStartEN).
func relativeEndEN(toks []token, v int) int {
	if v < 4 || toks[v-1].p != ',' {
		return v
	}
	quotes := 0 // quotation marks between c and v: odd when c is inside a quotation
	for c := v - 2; c >= 1 && v-c <= 40; c-- {
		if toks[c].is(tQuote) {
			quotes++
		}
		if toks[c].p != ',' || quotes%2 == 1 {
			continue // "“Sadly, a lot of …,” Ann Lee, former …, said": the comma is the quotation's
		}
		if !relativePronounEN(toks[c+1].low) && toks[c+1].cat&cDet == 0 && !possessiveWord(toks[c+1].low) && !toks[c+1].is(tNum) && !roleNounEN(&toks[c+1]) && !participleOpenerEN(&toks[c+1]) {
			continue // "who …", "a lawyer …", "China’s newspaper …", an age: "Ann Lee, 44, said", "Ann Lee, chair of …"
		}
		e := partyTagStartEN(toks, c) // "Gov. Ann Lee (R), a close ally, said"
		if !capWord(&toks[e-1]) || !subjectStartEN(toks, placedNameStartEN(toks, capRunStart(toks, e))) {
			return v
		}
		return e
	}
	return v
}

// placedNameStartEN returns where a name that a place or body follows
// with "of" or "from" starts ("Sen. Ann Lee of Norland", the place run
// starting at s): the name's first token; s itself when no capitalised
// name stands before "of"/"from".
func placedNameStartEN(toks []token, s int) int {
	if s >= 2 && foldIn(toks[s-1].low, "of", "from") && capWord(&toks[s-2]) {
		return capRunStart(toks, s-1)
	}
	return s
}

// participleOpenerEN reports whether t opens a participial apposition
// ("Ann Lee, speaking at the rally, said"): a lower-case word in -ing of
// five letters or more.
func participleOpenerEN(t *token) bool {
	return !t.is(tCap) && len(t.low) >= 5 && strings.HasSuffix(t.low, "ing") && t.cat == 0
}

// subjectStartEN reports whether the capitalised words from token s may
// be the subject of a clause: they open it, follow "and" ("Ann Lee and
// Tom Bell") or an article that opens it ("the Harbor Post"), but do not
// follow a preposition ("In Boston", "at the Harbor Institute").
func subjectStartEN(toks []token, s int) bool {
	b := s - 1
	if b >= 0 && toks[b].cat&cDet != 0 {
		b-- // "the Harbor Post"
	}
	return b < 0 || toks[b].is(tPunct) || toks[b].low == "and" || toks[b].cat&cNotName == 0
}

// relativePronounEN reports whether w opens an English relative clause
// about a person.
func relativePronounEN(w string) bool {
	return w == "who" || w == "whose" || w == "whom"
}

// capRunStart returns the first token of the run of capitalised words
// (and abbreviation stops, "Gov. Ann Lee") that ends before token e.
func capRunStart(toks []token, e int) int {
	s := e
	for s > 0 && (capWord(&toks[s-1]) || toks[s-1].p == '.' && s >= 2 && capWord(&toks[s-2])) {
		s--
	}
	return s
}

// personBeforeBodyEN returns the person named before the English body
// whose name starts at token k, when a preposition of affiliation joins
// them right before a verb of saying: "Ann Lee of the Council on Foreign
// Relations told", "Lee at Third Way adds", "Ann Lee with the Harbor
// Coalition said". The speaker is the person, the body only places them.
// The person must be one the text names with a first name and surname;
// "" otherwise.
func (d *docState) personBeforeBodyEN(toks []token, text string, k int) string {
	for j := k - 1; j >= 2 && k-j <= 6; j-- {
		t := &toks[j]
		if t.is(tPunct) {
			return ""
		}
		switch t.low {
		case "of", "at", "with", "from":
			if !capWord(&toks[j-1]) {
				continue
			}
			s := titlesSkipEN(toks, capRunStart(toks, j), j-1)
			if p, ok := d.lookup(text[toks[s].s:toks[j-1].e]); ok && strings.IndexByte(p.name, ' ') > 0 {
				return p.name
			}
		case "the", "on", "for", "and":
		default:
			if !capWord(t) {
				return ""
			}
		}
	}
	return ""
}

// subjectEndEN returns where the English subject of the verb of saying v
// ends when words that are no part of the subject stand between them:
// adverbs ("she later said", verbGroupStartEN; "Ann Lee, however,
// said"), a day ("Ann Lee on Tuesday said", "Ann Lee Tuesday said",
// "Ann Lee on Tuesday evening said"), the full stop of "Jr." or "Sr."
// ("Tom Avery Jr. said") and a party or state in
// parentheses, with or without a comma after it ("Sen. Ann Lee (D-Ore.)
// said", "Ann Lee (R-OH), said"); v itself when none stands
// there. The auxiliary of a perfect is not skipped: "has said", "had
// vowed" in narration are more often labelled without a claimant
// (training articles, as verbGroupStartEN found).
func subjectEndEN(toks []token, v int) int {
	k := verbGroupStartEN(toks, v)
	for steps := 0; steps < 4 && k > 1; steps++ {
		t := &toks[k-1]
		switch {
		case t.p == ',' && k > 3 && toks[k-3].p == ',' && (toks[k-2].cat&cNotName != 0 || strings.HasSuffix(toks[k-2].low, "ly")) && !toks[k-2].is(tCap):
			k -= 3 // "Ann Lee, however, said"
		case t.p == ',' && toks[k-2].p == ')':
			k-- // "Ann Lee (R-OH), said": the comma closes the aside
		case t.cat&(cWeekday|cRelDate) != 0 && !t.is(tPunct):
			k--
			if k > 1 && toks[k-1].low == "on" {
				k--
			}
		case dayPartEN(t.low) && k > 2 && toks[k-2].cat&cWeekday != 0:
			k-- // "Ann Lee on Thursday evening said": the weekday follows
		case t.p == '.' && k > 2 && foldIn(toks[k-2].low, "jr", "sr") && toks[k-2].is(tCap):
			k-- // "…,” Tom Avery Jr. said": the suffix's full stop ends no sentence (generationStopEN puts it back)

		case t.p == ')':
			j := k - 2
			for j > 0 && k-j < 8 && toks[j].p != '(' {
				j--
			}
			if toks[j].p != '(' || j == 0 {
				return k
			}
			k = j
		default:
			return verbGroupStartEN(toks, k)
		}
	}
	return k
}

// finalVerbEN returns the last verb of saying of an English unit when it
// attributes the whole sentence from its end, set off by a comma ("…,
// Trump told the lawmakers …, the source said."): its subject speaks for
// the sentence, not the subject of an earlier verb inside it. A medium
// reporting ("…, the AP reports") only cites the speaker inside. -1 when
// the last verb is the first or stands elsewhere.
func finalVerbEN(toks []token, verbs []int) int {
	if len(verbs) < 2 {
		return -1
	}
	v := verbs[len(verbs)-1]
	if v < len(toks)-4 || toks[v].cat&cAccording != 0 || strings.HasPrefix(toks[v].low, "report") {
		return -1 // "…, the AP reports": the medium cites the speaker inside
	}
	for k := v - 1; k >= 0 && v-k <= 5; k-- {
		if toks[k].p == ',' {
			return v
		}
		if toks[k].is(tPunct) || toks[k].is(tQuote) {
			return -1
		}
	}
	return -1
}

// roleNounEN reports whether an English token is a role in lower case
// that may open an apposition ("chair of the committee", "spokesman for
// the mayor"): a role of the lexicon, a title word or a compound in
// "-man"/"-woman"/"-person" (manNounEN).
func roleNounEN(t *token) bool {
	return !t.is(tCap) && (wordCategory(t.low)&cRole != 0 || titleWordEN(t.low) || manNounEN(t.low))
}

// appositionOwnerEN returns the name an English apposition found as the
// claimant describes ("Ann Lee, a professor of law at Harbor University,
// said": the rules found the apposition, ending in its comma): the
// capitalised name right before the comma that opens it; the apposition
// without its comma when no name stands there.
func (d *docState) appositionOwnerEN(toks []token, text, who string, lex lexicon) string {
	for k := 2; k < len(toks); k++ {
		if !strings.HasPrefix(text[toks[k].s:], who) {
			continue
		}
		if toks[k-1].p == ',' && capWord(&toks[k-2]) {
			if name := d.nameAt(toks, text, capRunStart(toks, k-1), false, lex, false, false); name != "" {
				return name
			}
		}
		break
	}
	return strings.TrimSuffix(who, ",")
}

// dayPartEN reports whether w (lower case) names a part of the day that
// may follow a weekday ("Tuesday evening").
func dayPartEN(w string) bool {
	return foldIn(w, "morning", "afternoon", "evening", "night")
}

// partyTagStartEN returns where a party tag in parentheses that ends
// right before token c starts ("Ann Lee (R)," "Ann Lee (D-Ore.),"), so
// that the subject ends before it; c when there is none. A tag holds at
// most six tokens after a capitalised word.
func partyTagStartEN(toks []token, c int) int {
	if c < 3 || toks[c-1].p != ')' {
		return c
	}
	for j := c - 2; j >= 1 && c-j <= 7; j-- {
		if toks[j].p == '(' {
			if capWord(&toks[j-1]) {
				return j
			}
			return c
		}
	}
	return c
}
