package extract

import "math"

// The candidates of the learned claimant chooser (claimant_choose.go): for
// each unit the rules' answer, the people and bodies named in it or shortly
// before it, the most often named one of the article so far, and none, each
// with the features the chooser weighs.

// Features of a candidate. The entity features are zero for none, the
// none features zero for an entity.
const (
	cfBias           = iota // an entity, not none
	cfRules                 // the rules named it from this unit's own words
	cfRulesCarried          // the rules carried it over from an earlier unit
	cfLastClaim             // the rules' last claimant before this unit
	cfLastClaimQuote        // … and this unit opens with a quotation mark
	cfLastClaimKonj         // … and this unit is German reported speech (Konjunktiv I)
	cfLastClaimFirst        // … and this unit speaks in the first person
	cfLastClaimVerb         // … and this unit has a verb of saying or "laut" of its own
	cfClaimed1              // the rules named it as claimant one unit before
	cfClaimed2to3           // two or three units before
	cfClaimed4to8           // four to eight units before
	cfClaimedFar            // more than eight units before
	cfInUnit                // named in this unit
	cfInUnitStart           // named among its first three tokens
	cfBeforeVerb            // named at most six tokens before its first verb of saying
	cfAfterVerb             // named at most four tokens after a verb of saying
	cfAfterAccording        // named right after "laut"/"according to" or before "zufolge"
	cfInQuote               // named inside quotation marks
	cfMention1              // named in the unit before
	cfMention2to5           // named two to five units before
	cfFirstPrev             // the first person named in the unit before
	cfPronoun               // a pronoun of its gender opens the unit or stands beside a verb of saying
	cfPronounAny            // such a pronoun, and its gender is unknown
	cfFreq                  // log(1 + times named in the article so far)
	cfMostFrequent          // the most often named of the article so far
	cfOneWord               // a single word (a surname, a body's short name)
	cfPerson                // a person registered with a full name
	cfLower                 // starts in lower case ("kleinere Parteien")
	cfChosen1               // the chooser's claimant of the unit before
	cfChosen2to5            // the chooser's claimant two to five units before (not of the unit before)
	cfChosenPara            // the chooser's claimant of the unit before, in the same paragraph
	cfLastClaimPara         // the rules' last claimant, named in this paragraph
	cfRulesOneWord          // the rules named it from this unit's words, and it is a single word
	cfRulesPerson           // … and it is a person registered with a full name
	cfRulesLower            // … and it starts in lower case
	cfRulesInUnit           // … and it is named in the unit (not by a pronoun or role)
	cfNone                  // none: the author's own voice
	cfNoneVerb              // none, and the unit has a verb of saying or "laut"
	cfNoneQuote             // none, and the unit opens with a quotation mark
	cfNoneKonj              // none, and the unit is German reported speech
	cfNoneFirst             // none, and the unit speaks in the first person
	cfNoneHeading           // none, and the unit is a heading
	cfNoneRulesEmpty        // none, and the rules found no claimant
	cfNoneNoClaimYet        // none, and the rules named no claimant before in the article
	cfNoneSince1            // none, and the rules' last claimant was one unit before
	cfNoneSince2to3         // two or three units before
	cfNoneSinceFar          // more than three units before
	cfNoneChosen1           // none, and the chooser gave none to the unit before
	cfNonePara              // none, and the unit opens a paragraph
	nCF
)

// claimantFeatureNames name the features in the weights file.
var claimantFeatureNames = [nCF]string{
	"bias", "rules", "rules carried", "last claimant", "last claimant, quotation",
	"last claimant, Konjunktiv I", "last claimant, first person", "last claimant, own verb",
	"claimed 1 before", "claimed 2-3 before", "claimed 4-8 before", "claimed earlier",
	"in unit", "in unit start", "before verb", "after verb", "after according",
	"in quotation", "named 1 before", "named 2-5 before", "first named before",
	"pronoun", "pronoun, gender unknown", "frequency", "most frequent", "one word", "person",
	"lower case", "chosen 1 before", "chosen 2-5 before",
	"chosen 1 before, same paragraph", "last claimant, same paragraph",
	"rules, one word", "rules, person", "rules, lower case", "rules, in unit", "none", "none, verb", "none, quotation", "none, Konjunktiv I",
	"none, first person", "none, heading", "none, rules empty", "none, no claimant yet",
	"none, claimed 1 before", "none, claimed 2-3 before", "none, claimed earlier", "none, chosen none before",
	"none, paragraph start",
}

// recentN is how many recently named or claimed entities stay candidates.
const recentN = 12

// ent is a person or body the chooser may name: a registered person (by
// the full name known when it was first met) or a claimant the rules gave.
type ent struct {
	name        string
	lastClaim   int32 // unit where the rules last named it as claimant, -1 never
	lastMention int32 // unit where it was last named, -1 never
	lastChosen  int32 // unit the chooser last gave it to, -1 never
	claimPara   int32 // paragraph of lastClaim
	count       int32 // times named so far
}

// cand is one candidate of a unit; e is the entity's index, -1 for none.
type cand struct {
	e int32
	x [nCF]float32
}

// chooser holds the entities of a document and the candidates of the unit
// being attributed (reused from unit to unit).
type chooser struct {
	ents      []ent
	idx       map[string]int32
	recent    [recentN]int32 // most recently named or claimed first
	nRecent   int
	top       int32           // the most often named entity so far, -1 none
	lastClaim int32           // the rules' last claimant, -1 none
	chosen    int32           // the chooser's claimant of the unit before, -1 none
	para      int32           // paragraph of the unit, counted from 0
	paraStart bool            // the unit opens its paragraph
	prevEnd   int             // where the unit before ended
	common    lazySet[string] // English words the text writes in lower case
	notFirst  lazySet[string] // capitalised words the text writes before a lower-case word
	unit      int32
	cands     []cand
}

// unitFacts are the facts of a unit the features read.
type unitFacts struct {
	verb, according int // first verb of saying / "laut", "according", -1 none
	quoted, konj    bool
	first, heading  bool
	pronounG        byte // gender of a pronoun opening the unit or beside its verb of saying, 0 none
}

// entity returns the index of the entity named name, creating it.
func (c *chooser) entity(name string) int32 {
	if k, ok := c.idx[name]; ok {
		return k
	}
	k := int32(len(c.ents))
	c.ents = append(c.ents, ent{name: name, lastClaim: -1, lastMention: -1, lastChosen: -1})
	c.idx[name] = k
	return k
}

// candidate returns the candidate of entity e in the unit, adding it.
func (c *chooser) candidate(e int32) *cand {
	for i := range c.cands {
		if c.cands[i].e == e {
			return &c.cands[i]
		}
	}
	c.cands = append(c.cands, cand{e: e})
	return &c.cands[len(c.cands)-1]
}

// touch moves entity e to the front of the recent list.
func (c *chooser) touch(e int32) {
	i := 0
	for i < c.nRecent && c.recent[i] != e {
		i++
	}
	if i == c.nRecent {
		if c.nRecent < recentN {
			c.nRecent++
		}
		i = c.nRecent - 1
	}
	copy(c.recent[1:i+1], c.recent[:i])
	c.recent[0] = e
}

// canonical returns the name an entity is kept under: a person's full
// name as known now, else the name as given.
func (d *docState) canonical(name string) string {
	if p, ok := d.lookup(name); ok {
		return p.name
	}
	return name
}

// scanMentions adds a candidate for every known person or entity named in
// the unit, with the features of where it stands.
func (d *docState) scanMentions(toks []token, text string, f *unitFacts) {
	c := &d.ch
	quoted := false
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if doubleQuote(t, text) {
			quoted = !quoted
			continue
		}
		if !t.is(tCap) || t.is(tPunct) {
			continue
		}
		j := nameRun(toks, i, false)
		e := int32(-1)
		for k := i; k < j && e < 0; k++ {
			key := text[toks[k].s:toks[j-1].e]
			if p, ok := d.lookup(key); ok {
				e = c.entity(p.name)
			} else if x, ok := c.idx[key]; ok {
				e = x
			}
		}
		if e < 0 {
			continue
		}
		m := &c.candidate(e).x
		m[cfInUnit] = 1
		if i < 3 {
			m[cfInUnitStart] = 1
		}
		if f.verb >= 0 && i < f.verb && f.verb-j < 6 {
			m[cfBeforeVerb] = 1
		}
		if f.verb >= 0 && i > f.verb && i-f.verb <= 4 {
			m[cfAfterVerb] = 1
		}
		if f.according >= 0 && (i > f.according && i-f.according <= 4 || toks[f.according].low == "zufolge" && i < f.according && f.according-j < 3) {
			m[cfAfterAccording] = 1
		}
		if quoted {
			m[cfInQuote] = 1
		}
		i = j - 1
	}
}

// facts reads the facts of a unit the features need.
func facts(toks []token, a *analysis, de, heading bool) unitFacts {
	f := unitFacts{verb: -1, according: -1, heading: heading}
	for _, v := range a.attrib {
		if toks[v].cat&cAccording != 0 {
			if f.according < 0 {
				f.according = v
			}
		} else if f.verb < 0 {
			f.verb = v
		}
	}
	f.quoted = len(toks) > 0 && toks[0].is(tQuote)
	f.konj = de && a.x[fReported] > 0
	f.first = a.x[fFirstSing]+a.x[fFirstPl] > 0
	for i := range toks {
		if i > 1 && (f.verb < 0 || i != f.verb+1 && i != f.verb-1) {
			continue
		}
		switch toks[i].low {
		case "er", "he":
			f.pronounG = 'm'
		case "she":
			f.pronounG = 'f'
		case "sie":
			if f.pronounG == 0 {
				f.pronounG = 'f'
			}
		}
	}
	return f
}

// historyFeatures sets the features an entity candidate has from earlier
// units, and the bookkeeping ones.
func (d *docState) historyFeatures(m *cand, f *unitFacts) {
	c := &d.ch
	e := &c.ents[m.e]
	x := &m.x
	x[cfBias] = 1
	if c.lastClaim == m.e {
		x[cfLastClaim] = 1
		x[cfLastClaimQuote] = b32(f.quoted)
		x[cfLastClaimKonj] = b32(f.konj)
		x[cfLastClaimFirst] = b32(f.first)
		x[cfLastClaimVerb] = b32(f.verb >= 0 || f.according >= 0)
		x[cfLastClaimPara] = b32(e.claimPara == c.para)
	}
	if e.lastClaim >= 0 {
		switch dist := c.unit - e.lastClaim; {
		case dist <= 1:
			x[cfClaimed1] = 1
		case dist <= 3:
			x[cfClaimed2to3] = 1
		case dist <= 8:
			x[cfClaimed4to8] = 1
		default:
			x[cfClaimedFar] = 1
		}
	}
	if e.lastMention >= 0 {
		switch dist := c.unit - e.lastMention; {
		case dist <= 1:
			x[cfMention1] = 1
		case dist <= 5:
			x[cfMention2to5] = 1
		}
	}
	x[cfFirstPrev] = b32(d.prevFirst != "" && d.canonical(d.prevFirst) == e.name)
	if f.pronounG != 0 {
		g := d.genderOf(e.name)
		x[cfPronoun] = b32(g == f.pronounG)
		x[cfPronounAny] = b32(g == 0)
	}
	x[cfFreq] = float32(math.Log1p(float64(e.count)))
	x[cfMostFrequent] = b32(c.top == m.e)
	x[cfOneWord] = b32(!containsByte(e.name, ' '))
	x[cfPerson] = b32(d.known(e.name))
	x[cfLower] = b32(e.name[0] >= 'a' && e.name[0] <= 'z')
	if x[cfRules] > 0 {
		x[cfRulesOneWord], x[cfRulesPerson], x[cfRulesLower], x[cfRulesInUnit] = x[cfOneWord], x[cfPerson], x[cfLower], x[cfInUnit]
	}
}

// noneFeatures sets the features of the none candidate.
func (d *docState) noneFeatures(x *[nCF]float32, f *unitFacts, rulesEmpty bool) {
	c := &d.ch
	x[cfNone] = 1
	x[cfNoneVerb] = b32(f.verb >= 0 || f.according >= 0)
	x[cfNoneQuote] = b32(f.quoted)
	x[cfNoneKonj] = b32(f.konj)
	x[cfNoneFirst] = b32(f.first)
	x[cfNoneHeading] = b32(f.heading)
	x[cfNoneRulesEmpty] = b32(rulesEmpty)
	x[cfNonePara] = b32(c.paraStart)
	if c.lastClaim < 0 {
		x[cfNoneNoClaimYet] = 1
		return
	}
	switch dist := c.unit - c.ents[c.lastClaim].lastClaim; {
	case dist <= 1:
		x[cfNoneSince1] = 1
	case dist <= 3:
		x[cfNoneSince2to3] = 1
	default:
		x[cfNoneSinceFar] = 1
	}
}

// doubleQuote reports whether t is a double quotation mark (" “ ” „ « »),
// not an apostrophe or single quotation mark.
func doubleQuote(t *token, text string) bool {
	if !t.is(tQuote) || text[t.s] == '\'' {
		return false
	}
	r := text[t.s:t.e]
	return r != "’" && r != "‘" && r != "‚" && r != "‹" && r != "›"
}

// choiceFeatures sets the features that follow from the chooser's own
// earlier choices.
func (c *chooser) choiceFeatures() {
	for i := range c.cands {
		m := &c.cands[i]
		if m.e < 0 {
			m.x[cfNoneChosen1] = b32(c.chosen < 0)
			continue
		}
		last := c.ents[m.e].lastChosen
		m.x[cfChosen1] = b32(last >= 0 && last == c.unit-1)
		m.x[cfChosenPara] = b32(last >= 0 && last == c.unit-1 && !c.paraStart)
		m.x[cfChosen2to5] = b32(last >= 0 && last < c.unit-1 && last >= c.unit-5)
	}
}

func b32(b bool) float32 {
	if b {
		return 1
	}
	return 0
}

func containsByte(s string, b byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return true
		}
	}
	return false
}
