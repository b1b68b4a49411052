package extract

import "strings"

// Whom an English "he" or "she" that speaks refers to, besides the last
// speaker (resolvePronoun): the person its own sentence opened with
// ("Ann Lee skipped the debate, but she said …"), or the person the
// sentence before narrated about when that sentence had no claimant
// ("Ann Lee thanked the crowd. “…,” she said."); such a person also
// speaks a whole quotation that follows with no verb of saying.

// pronounInUnitEN returns the full name of the first person named before
// token p, outside quotation marks, not after an article ("the White
// House") and not as the object of a preposition, when the text gives
// that person gender g or none; "" if there is none or the first person
// named does not fit or is an object (objectNameEN: "saw Stone as …, he
// said"), or when a pronoun of gender g comes before the name (that
// pronoun is the subject the later one takes up). A name opening the
// unit counts also in the possessive ("Ann Lee’s bill failed, but she
// said").
func (d *docState) pronounInUnitEN(toks []token, text string, p int, g byte) string {
	quoted := false
	for k := 0; k < p; k++ {
		t := &toks[k]
		if t.is(tQuote) {
			quoted = !quoted
			continue
		}
		if quoted {
			continue
		}
		if pronoun(t, false) == g {
			return "" // "He said the aid to Ann Lee's town … ended, he said": both pronouns name one person
		}
		if !capWord(t) {
			continue
		}
		if k > 0 && toks[k-1].cat&cDet != 0 {
			for k+1 < p && capWord(&toks[k+1]) {
				k++
			}
			continue // "the White House": no person
		}
		w := text[t.s:t.e]
		if k <= 1 {
			w = possessiveStemEN(w) // "Ann Lee’s bill failed, but she said"
		}
		i, ok := d.byKey[w]
		if !ok {
			continue
		}
		q := &d.people[i]
		if !d.personLikeEN(q.name) || q.gender != 0 && q.gender != g || prepBeforeNameEN(toks, k) || participleBeforeEN(toks, k) || openingParticipleClauseEN(toks, k) || objectNameEN(toks, k, d.unit.lex) {
			return ""
		}
		return q.name
	}
	return ""
}

// participleBeforeEN reports whether a word in -ing stands before token
// k: a name after it is the participle's object ("Describing Ann Lee as a
// hero, he said"), not the subject.
func participleBeforeEN(toks []token, k int) bool {
	for i := 0; i < k; i++ {
		if strings.HasSuffix(toks[i].low, "ing") && len(toks[i].low) > 4 {
			return true
		}
	}
	return false
}

// prepBeforeNameEN reports whether the run of capitalised words holding
// token k follows a preposition ("to Ann Lee", "by Lee", "despite Lee"):
// the name is an object there, not the sentence's subject.
func prepBeforeNameEN(toks []token, k int) bool {
	for k > 0 && capWord(&toks[k-1]) {
		k--
	}
	return k > 0 && prepositionEN(toks[k-1].low)
}

// prepositionEN reports whether w (lower case) is an English preposition
// that takes a name as its object.
func prepositionEN(w string) bool {
	switch w {
	case "to", "by", "with", "for", "of", "about", "against", "from", "at", "in", "on", "than", "like", "after", "before", "under", "over", "into", "toward", "towards", "without",
		"despite", "unlike", "including", "among", "amid", "during", "behind", "alongside", "besides", "beside", "between", "via", "upon", "onto", "through", "across", "around", "near":
		return true
	}
	return false
}

// openingPrepNameEN reports whether the capitalised words before token k
// run back to the unit's first word and that word is a preposition of
// openingPrepEN ("Like Makaeff, the former customer, Roffman …").
func openingPrepNameEN(toks []token, k int) bool {
	for k > 1 && capWord(&toks[k-1]) {
		k--
	}
	return k == 1 && capWord(&toks[0]) && openingPrepEN(toks[0].low)
}

// openingPrepEN reports whether w (lower case), capitalised before a name
// at the start of an English sentence, is a preposition of comparison or
// concession, whose object is set against the sentence's subject ("Like
// Lee, Roffman …", "Unlike Lee, …", "Despite Lee's veto, …"). Other
// prepositions may give the object's view ("To West, the issues
// intersect", "For Lee, …") or open a clause whose subject the name is
// ("After Lee was contacted, …").
func openingPrepEN(w string) bool {
	return w == "like" || w == "unlike" || w == "despite"
}

// prevNarratedEN returns, for an English pronoun of gender g, the first
// person the previous unit named (by full name or surname, outside
// quotation marks: firstPersonEN) when that unit had no claimant or one
// the pronoun cannot refer to (prevSpeakerEN): a sentence that narrates
// what someone did ("Ann Lee thanked the crowd.") makes that person the
// one a following "“…,” she said" refers to, rather than a speaker quoted
// before. "" when the previous unit had a claimant the pronoun may refer
// to, named nobody the text knows in full, or named someone of the other
// gender.
func (d *docState) prevNarratedEN(g byte) string {
	p := d.narratedEN()
	if pg := d.genderOf(p); pg != 0 && pg != g {
		return ""
	}
	return p
}

// narratedEN returns the first person the previous unit named when that
// unit had no claimant or one "he" or "she" cannot refer to, and the name
// has a person's form; "" otherwise.
func (d *docState) narratedEN() string {
	p := d.prevFirstEN
	if p == "" || d.sinceClaim < 2 && d.prevSpeakerEN() || !d.personLikeEN(p) {
		return ""
	}
	return p
}

// prevSpeakerEN reports whether the last claimant, which the unit before
// gave, may be what "he" or "she" refers to: a name of a person's form or
// a described person ("a senior official"), not a body or a group ("Tax
// Foundation", "officials").
func (d *docState) prevSpeakerEN() bool {
	return d.prevClaim == "" || d.personLikeEN(d.prevClaim) || describedEN(d.prevClaim)
}

// noteFirstPersonEN keeps the first person the English unit names and
// moves the one of the unit before to prevFirstEN. A unit that opens with
// "he" or "she" as its subject ("She also grabbed the cat.", "At the
// time, he was working with producer Sam Hart.") is about the person the
// pronoun refers to, who then counts as named, before any name the unit
// gives later (an object is not what the sentence is about).
func (d *docState) noteFirstPersonEN(toks []token, text string) {
	d.prevFirstEN, d.firstEN = d.firstEN, d.firstPersonEN(toks, text)
	g := openingPronounEN(toks)
	if g == 0 {
		g = openingPossessiveEN(toks) // "His family said …" (claimant_en_openingposs.go)
	}
	if g != 0 {
		if p := d.resolvePronoun(g, false); p != "" {
			d.firstEN = p
		}
	}
}

// openingPronounEN returns the gender of "he" or "she" when it opens the
// unit as its subject, after at most a joining word or an adverb and a
// comma ("But she said", "There, he served") or after a fronted phrase
// (mainSubjectStartEN: "On Monday, she …"); 0 otherwise.
func openingPronounEN(toks []token) byte {
	k := 0
	for k < len(toks) && k < 3 && (toks[k].p == ',' || foldIn(toks[k].low, "but", "and", "so", "then", "yet", "there", "still", "later", "now", "meanwhile")) {
		k++
	}
	if k < len(toks) {
		if g := pronoun(&toks[k], false); g != 0 {
			return g
		}
	}
	if s := mainSubjectStartEN(toks, len(toks)); s > 0 {
		return pronoun(&toks[s], false) // "On Monday, she …"
	}
	return 0
}

// firstPersonEN returns the full name of the first person the text knows
// by a full name whom the unit names, by full name or surname, outside
// quotation marks (personAtEN), not after an article (a name after "the"
// or "a" is a body's or a place's) and not as the object of a preposition
// ("After a call with Ann Lee, Tom Reyes …": the unit is about Reyes),
// nor a body or place after a capitalised opening preposition
// (openingPlaceEN);
// a relative named in an opening apposition comes first
// (kinshipSubjectEN); "" if none.
func (d *docState) firstPersonEN(toks []token, text string) string {
	if who := d.kinshipSubjectEN(toks, text); who != "" {
		return who // "Lee's daughter, Mira, runs the café.": the unit is about Mira
	}
	quoted := false
	for k := 0; k < len(toks); k++ {
		t := &toks[k]
		if t.is(tQuote) {
			quoted = !quoted
			continue
		}
		if quoted || !capWord(t) {
			continue
		}
		if k > 0 && (toks[k-1].cat&cDet != 0 || prepBeforeNameEN(toks, k) || openingPrepNameEN(toks, k) || modifierNameEN(toks, k)) || bodyBeforeRoleEN(toks, k) {
			for k+1 < len(toks) && capWord(&toks[k+1]) {
				k++
			}
			continue // "the White House", "a Lewisburg team", "with Ann Lee", "his Christmas Day address", "Harbor Air chief executive …": no subject
		}
		if i := d.personAtEN(toks, text, k); i >= 0 && strings.IndexByte(d.people[i].name, ' ') > 0 {
			if openingPlaceEN(toks, k) && !d.personLikeEN(d.people[i].name) {
				continue // "At Millbrook School, Ann Lee got …": the unit is about Lee (claimant_en_openingprep.go)
			}
			return d.people[i].name
		}
	}
	return ""
}

// personAtEN returns the index in d.people of the person the capitalised
// word k names, with the word after it when both form a name the text
// knows ("Mike Lee" rather than another Lee), else alone; -1 if none. A
// name that opens the unit may be in the possessive ("Ann Lee’s bill
// failed."): the unit is about that person (possessiveStemEN).
func (d *docState) personAtEN(toks []token, text string, k int) int {
	stem := func(s string) string { return s }
	if k <= 1 {
		stem = possessiveStemEN // "Ann Lee’s plan failed.": the sentence is about her
	}
	if k+1 < len(toks) && capWord(&toks[k+1]) {
		if i, ok := d.byKey[stem(text[toks[k].s:toks[k+1].e])]; ok {
			return i
		}
	}
	if i, ok := d.byKey[stem(text[toks[k].s:toks[k].e])]; ok {
		return i
	}
	return -1
}

// quotedNarratedEN returns the speaker of an English unit that opens with
// a quotation and has no verb of saying (the caller checks both, and that
// the quotation is in the first person), right after a unit that
// narrated about a person (narratedEN: "Ann Lee thanked the crowd. “We
// did it!”"): that person, as prevNarratedEN finds for "she said",
// whatever the gender; "" otherwise, when the quotation goes on in the
// voice of the last speaker. The unit must be a quotation in double
// quotation marks to its end (or going on into the next unit) and end as
// a sentence does: ‘We lost it all’ or “Dreamers” hug … is a headline,
// a caption or narration quoting nobody in particular.
func (d *docState) quotedNarratedEN(toks []token, text string) string {
	if !sentenceEndEN(toks) || !wholeQuoteEN(toks, text) {
		return ""
	}
	return d.narratedEN()
}

// sentenceEndEN reports whether the unit's last token before closing
// quotation marks is a full stop, question mark or exclamation mark.
func sentenceEndEN(toks []token) bool {
	k := len(toks) - 1
	for k >= 0 && toks[k].is(tQuote) {
		k--
	}
	return k >= 0 && (toks[k].p == '.' || toks[k].p == '!' || toks[k].p == '?')
}

// wholeQuoteEN reports whether the unit opens with a double quotation
// mark that closes only at its end, or not in the unit.
func wholeQuoteEN(toks []token, text string) bool {
	if len(toks) == 0 || !doubleQuote(&toks[0], text) {
		return false
	}
	for k := 1; k < len(toks); k++ {
		if doubleQuote(&toks[k], text) {
			return k >= len(toks)-2
		}
	}
	return true
}
