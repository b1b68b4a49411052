package extract

import (
	"math"
	"math/bits"
	"strings"
)

// The features of a unit are computed by small rules: token rules look at
// one word in its context (tokenRules, in this order, for every token
// outside a name), unit rules at the whole unit afterwards (unitRules).
// Each rule sets or counts features of the analysis and records the words
// that made them; features_test.go tests each on its own.

// unitCtx is what the rules of one unit share.
type unitCtx struct {
	text string
	toks []token
	de   bool
	ph   *phraseTable
	a    *analysis
	aux  bool // the unit has an auxiliary (perfect, passive)
	// modal is true after a modal, future or "zu" in the current clause.
	modal bool
}

// content reports whether token i lies outside the attribution clause.
func (c *unitCtx) content(i int) bool { return i < c.a.skipFrom || i >= c.a.skipTo }

// word returns the text of token i.
func (c *unitCtx) word(i int) string { return c.text[c.toks[i].s:c.toks[i].e] }

// analyze computes the features of one unit from its tokens. z lends its
// buffers (the unit's context), so that a unit costs no allocation here.
func analyze(z *tokenizer, text string, toks []token, lang string, a *analysis) {
	c := &z.ctx
	*c = unitCtx{text: text, toks: toks, de: lang == "de", ph: phraseTabEN, a: a}
	if c.de {
		c.ph = phraseTabDE
	}
	findAttribution(toks, text, c.de, a)
	for i := range toks {
		if toks[i].cat&cAux != 0 {
			c.aux = true
			break
		}
	}
	entities := 0
	rx := rulesIndex(tokenRules) // which rules apply to a word, by its categories
	std := rx != nil && isStdRules(tokenRules)
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.is(tPunct) {
			if t.p == ',' || t.p == ';' || t.p == ':' {
				c.modal = false
			}
			continue
		}
		if i > 0 && (toks[i-1].p == '@' || toks[i-1].p == '#') && toks[i-1].e == t.s {
			continue // a handle or hashtag: @USER, #Repost
		}
		a.words++
		if t.is(tCap) { // entityRun finds no name at a word in lower case
			if j := entityRun(c, i); j > i {
				entities++
				a.words += j - i - 1
				i = j - 1
				continue
			}
		}
		if std {
			runStdRules(rx.of(t), c, i)
			continue
		}
		if rx != nil {
			for m := rx.of(t); m != 0; m &= m - 1 {
				tokenRules[bits.TrailingZeros64(m)].run(c, i)
			}
			continue
		}
		for k := range tokenRules {
			if r := &tokenRules[k]; r.applies(t) {
				r.run(c, i)
			}
		}
	}
	if entities > 0 {
		a.set(fEntity, 1-math.Pow(1.0/3, float64(entities)), a.entities[0])
	}
	for _, rule := range unitRules {
		rule(c)
	}
}

// tokenRule is a token rule with what a word needs for the rule to do
// anything: one of the categories cats or one of the token flags; both
// zero: any word. The guard only saves calls (a word has few categories);
// TestRuleGuards checks that it never changes an analysis.
type tokenRule struct {
	cats  category
	flags uint8
	run   func(c *unitCtx, i int)
}

// applies reports whether the rule can do anything for the word t.
func (r *tokenRule) applies(t *token) bool {
	return r.cats == 0 && r.flags == 0 || t.cat&r.cats != 0 || t.flags&r.flags != 0
}

// tokenRules run for every word of a unit outside a name, in order.
var tokenRules = []tokenRule{
	{cats: cPhrase, run: phraseRule},
	{flags: tNum, run: numberRule},
	{cats: cMonth | cWeekday | cRelDate | cPastAdj, run: dateRule},
	{cats: cNumWord, run: numberWordRule},
	{cats: cUnit, run: unitRule},
	{run: eventRule},
	{run: comparisonRule},
	{run: legalRule},
	{cats: cKonj1, run: reportedRule},
	{cats: cCausal, run: causalRule},
	{run: linkRule},
	{cats: cOpinionAdv | cOpinion, run: opinionRule},
	{cats: cFirstSing | cFirstPl | cSecond, flags: tCap, run: personRule},
	{cats: cModal, run: modalRule},
	{cats: cFuture, run: futureRule},
	{run: discourseRule},
	{run: clauseRule},
}

// unitRules run once per unit, after the token rules.
var unitRules = []func(c *unitCtx){
	attributionRule, quotationRule, lengthRule, segments, noFactRule, onlyRule, leadInRule,
}

// entityRun recognises a name starting at token i — an acronym (UN, WHO),
// a compound led by one (EU-Kommission), a role with a name
// (Präsident Markus Feldner), a run of capitalised words not at the start
// of a clause — records it and returns the index after it, or i.
func entityRun(c *unitCtx, i int) int {
	t := &c.toks[i]
	if !c.content(i) || t.is(tNum) || !t.is(tCap) {
		return i
	}
	word := c.word(i)
	if acronym(t, word) || hyphenAcronym(word) {
		c.a.entities = appendUniq(c.a.entities, word)
		return i + 1
	}
	if t.cat&cRole != 0 && i+1 < len(c.toks) && c.toks[i+1].is(tCap) && !c.toks[i+1].is(tPunct) && c.toks[i+1].cat&cNotName == 0 {
		j := entityEnd(c.toks, i+1, c.de)
		c.a.entities = appendUniq(c.a.entities, c.text[c.toks[i+1].s:c.toks[j-1].e])
		return j
	}
	afterTitle := i >= 2 && c.toks[i-1].p == '.' && c.toks[i-2].cat&cRole != 0 // "Dr. Anna Berger"
	if startsClause(c.toks, i) && !afterTitle || t.cat&(cNotName|cRole|cNumWord|cMonth|cWeekday) != 0 {
		return i
	}
	j := entityEnd(c.toks, i, c.de)
	// German capitalises every noun: a single capitalised word is no name.
	if j-i >= 2 || !c.de && t.cat == 0 {
		c.a.entities = appendUniq(c.a.entities, c.text[t.s:c.toks[j-1].e])
		return j
	}
	return i
}

// acronym reports whether a token is an acronym: two to five capitals.
func acronym(t *token, word string) bool {
	return t.is(tAllCap) && len(word) >= 2 && len(word) <= 5
}

// phraseRule looks up two-word phrases ("meiner Meinung", "according to",
// "mehr als").
func phraseRule(c *unitCtx, i int) {
	t := &c.toks[i]
	if t.cat&cPhrase == 0 || i+1 >= len(c.toks) || c.toks[i+1].is(tPunct) {
		return
	}
	pc := c.ph.get(t.low, c.toks[i+1].low)
	ev := c.text[t.s:c.toks[i+1].e]
	switch {
	case pc == 0:
	case pc&cOpinion != 0:
		c.a.set(fOpinion, 1, ev)
	case pc&cAccording != 0:
		c.a.set(fAttrib, 1, ev)
	case pc&(cCompar|cSuper) != 0 && c.content(i):
		c.a.set(fCompare, 1, ev)
	case pc&cFuture != 0:
		c.a.set(fFuture, 1, ev)
	case pc&cDiscourse != 0:
		c.a.set(fDiscourse, 1, ev)
	case pc&cExist != 0 && c.content(i):
		c.a.set(fExist, 1, ev)
	}
}

// numberRule records numbers, years and quantities (numbers.go).
func numberRule(c *unitCtx, i int) {
	if c.toks[i].is(tNum) && c.content(i) {
		numberToken(c.text, c.toks, i, c.de, c.a)
	}
}

// dateRule records month names (with a day before them), weekdays,
// relative dates and "letztes Jahr", "last year".
func dateRule(c *unitCtx, i int) {
	t := &c.toks[i]
	if !c.content(i) || t.is(tNum) {
		return
	}
	s, e := t.s, t.e
	switch {
	case t.cat&cMonth != 0 && (c.de || t.is(tCap)):
		if i >= 2 && c.toks[i-1].p == '.' && c.toks[i-2].is(tNum) {
			s = c.toks[i-2].s // "26. Februar"
		}
	case t.cat&(cWeekday|cRelDate) != 0:
		if i > 0 && (c.toks[i-1].low == "am" || c.toks[i-1].low == "on") {
			s = c.toks[i-1].s
		}
	case t.cat&cPastAdj != 0 && i+1 < len(c.toks) && c.toks[i+1].cat&cTimeNoun != 0:
		e = c.toks[i+1].e
	default:
		return
	}
	c.a.dates = appendUniq(c.a.dates, c.text[s:e])
	c.a.set(fDate, 1, c.text[s:e])
}

// numberWordRule counts number words: zwei, Dutzende, millions.
func numberWordRule(c *unitCtx, i int) {
	t := &c.toks[i]
	if t.cat&cNumWord != 0 && c.content(i) && !(c.de && t.low == "beiden") {
		c.a.numbers = appendUniq(c.a.numbers, c.word(i))
		c.a.add(fNumber, c.word(i))
	}
}

// unitRule records a unit of measure after a number word: "drei Prozent".
func unitRule(c *unitCtx, i int) {
	t := &c.toks[i]
	if t.cat&cUnit != 0 && c.content(i) && i > 0 && c.toks[i-1].cat&cNumWord != 0 {
		c.a.set(fQuantity, 1, c.text[c.toks[i-1].s:t.e])
	}
}

// eventRule counts verbs that report a past event (isEventVerb) and
// German passives.
func eventRule(c *unitCtx, i int) {
	t := &c.toks[i]
	if !c.content(i) || t.is(tNum) {
		return
	}
	// isEventVerb is false for a capitalised word; asked only otherwise.
	if (t.is(tCap) || !isEventVerb(c.toks, i, c.de, c.aux, c.modal)) && !(c.de && (t.low == "wurde" || t.low == "wurden" || t.low == "worden")) {
		return
	}
	ev := c.word(i)
	if i+1 < len(c.toks) && (c.toks[i+1].low == "sich" || c.toks[i+1].low == "ab") {
		ev = c.text[t.s:c.toks[i+1].e]
	}
	c.a.add(fEvent, ev)
}

// comparisonRule records superlatives and comparatives before "als"/"than".
func comparisonRule(c *unitCtx, i int) {
	t := &c.toks[i]
	if c.content(i) && !t.is(tNum) && (t.cat&cSuper != 0 || isSuperlative(t, c.de) || t.cat&cCompar != 0 && followedBy(c.toks, i, c.de)) {
		c.a.set(fCompare, 1, c.word(i))
	}
}

// legalRule counts words of law, courts and votes, and German compounds
// whose head is one (Heizungsgesetz, Landgericht).
func legalRule(c *unitCtx, i int) {
	t := &c.toks[i]
	if c.content(i) && (t.cat&cLegal != 0 || c.de && legalHead(t.low)) {
		c.a.add(fLegal, c.word(i))
	}
}

// legalHeads are the heads of German legal compounds.
var legalHeads = []string{"gesetz", "gesetze", "gesetzes", "gericht", "gerichts", "urteil", "abkommen", "vertrag", "verordnung"}

// legalHeadsByLast lists the legalHeads by their last byte.
var legalHeadsByLast = func() (t [256][]string) {
	for _, h := range legalHeads {
		t[h[len(h)-1]] = append(t[h[len(h)-1]], h)
	}
	return t
}()

// legalHead reports whether low ends in one of legalHeads after at least
// three more bytes (a compound: Heizungsgesetz, Landgericht).
func legalHead(low string) bool {
	if len(low) < 9 {
		return false
	}
	for _, h := range legalHeadsByLast[low[len(low)-1]] {
		if len(low) >= len(h)+3 && low[len(low)-len(h):] == h {
			return true
		}
	}
	return false
}

// reportedRule records German Konjunktiv I (reported speech): sei, habe.
func reportedRule(c *unitCtx, i int) {
	if c.de && c.toks[i].cat&cKonj1 != 0 {
		c.a.set(fReported, 1, c.word(i))
	}
}

// causalRule records connectives of cause and effect: weil, because.
func causalRule(c *unitCtx, i int) {
	if c.content(i) && c.toks[i].cat&cCausal != 0 {
		c.a.set(fCausal, 1, c.word(i))
	}
}

// linkRule records web addresses.
func linkRule(c *unitCtx, i int) {
	t := &c.toks[i]
	if len(t.low) >= 4 && (t.low[0] == 'h' || t.low[0] == 'w') && (t.low == "http" || t.low == "https" || strings.HasPrefix(t.low, "www.")) {
		c.a.set(fLink, 1, c.word(i))
	}
}

// opinionRule records stance adverbs (leider, hopefully) and verbs of
// opinion next to a first person ("Ich denke", "I believe").
func opinionRule(c *unitCtx, i int) {
	t := &c.toks[i]
	if t.cat&cOpinionAdv != 0 || t.cat&cOpinion != 0 && nearFirstPerson(c.toks, i) {
		c.a.set(fOpinion, 1, c.word(i))
	}
}

// personRule records first-person singular and plural and second-person
// words (the German polite "Sie" only inside a clause).
func personRule(c *unitCtx, i int) {
	t := &c.toks[i]
	word := c.word(i)
	if t.cat&cFirstSing != 0 && (c.de || t.low != "i" || word == "I") {
		c.a.set(fFirstSing, 1, word)
	}
	if t.cat&cFirstPl != 0 && (t.low != "us" || word == "us") {
		c.a.set(fFirstPl, 1, word)
	}
	if t.cat&cSecond != 0 || c.de && word == "Sie" && !startsClause(c.toks, i) {
		c.a.set(fSecond, 1, word)
	}
}

// modalRule records modal verbs and adverbs of speculation: könnte, might.
func modalRule(c *unitCtx, i int) {
	t := &c.toks[i]
	if t.cat&cModal != 0 && !(t.low == "may" && t.is(tCap) && !startsClause(c.toks, i)) {
		c.a.set(fModal, 1, c.word(i))
	}
}

// futureRule records the future and intentions: wird, will, plant.
func futureRule(c *unitCtx, i int) {
	if c.toks[i].cat&cFuture != 0 {
		c.a.set(fFuture, 1, c.word(i))
	}
}

// discourseRule records greetings and fillers at the start of a unit and
// laughter anywhere.
func discourseRule(c *unitCtx, i int) {
	t := &c.toks[i]
	if t.cat&cDiscourse != 0 && c.a.words <= 2 || len(t.low) >= 3 && (t.low[0] == 'h' || t.low[0] == 'l') && isLaughter(t.low) {
		c.a.set(fDiscourse, 1, c.word(i))
	}
}

// clauseRule notes a modal, future or "zu" for the rest of the clause, where
// a form in -ten is an infinitive, not a past ("könnte … anfechten").
func clauseRule(c *unitCtx, i int) {
	if c.toks[i].cat&(cModal|cFuture) != 0 || c.toks[i].low == "zu" {
		c.modal = true
	}
}
