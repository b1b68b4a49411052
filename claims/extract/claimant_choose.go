package extract

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

// The learned claimant chooser: the rules (claimant.go) give one answer;
// the chooser weighs it against the people and bodies named in and before
// the unit and against none, by a linear score over the candidates'
// features (claimant_cands.go) whose weights were fitted on labelled news
// sentences and annotated quotations of training articles
// (internal/fitclaimant writes claimant.tsv).

//go:embed claimant.tsv
var claimantTSV string

// claimantW are the chooser's weights by language (0 German, 1 English);
// claimantUsed lists the features whose weight is not 0; claimantLearned
// says whether a language's weights do more than give the rules' answer
// (when they do not, the chooser is skipped: it would only repeat the
// rules).
var (
	claimantW       = mustClaimantWeights(claimantTSV)
	claimantUsed    = [2][]int{usedFeatures(&claimantW[0]), usedFeatures(&claimantW[1])}
	claimantLearned = [2]bool{learnedWeights(&claimantW[0]), learnedWeights(&claimantW[1])}
)

// usedFeatures returns the features whose weight is not 0.
func usedFeatures(w *[nCF]float32) []int {
	var out []int
	for f, v := range w {
		if v != 0 {
			out = append(out, f)
		}
	}
	return out
}

// learnedWeights reports whether w weighs anything but the rules' answer
// and none, or could put none above the rules' answer.
func learnedWeights(w *[nCF]float32) bool {
	for f, v := range w {
		if v != 0 && f != cfRules && f != cfRulesCarried && f != cfNone {
			return true
		}
	}
	return w[cfRules] <= w[cfNone] || w[cfRulesCarried] <= w[cfNone] || w[cfNone] <= 0
}

// parseClaimantWeights reads the weights file: lines "feature<TAB>German
// weight<TAB>English weight", comments starting with "#"; every feature
// must be given.
func parseClaimantWeights(s string) ([2][nCF]float32, error) {
	var w [2][nCF]float32
	var seen [nCF]bool
	for n, line := range strings.Split(s, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 3 {
			return w, fmt.Errorf("claimant weights line %d: %d columns, want 3", n+1, len(c))
		}
		f := claimantFeature(c[0])
		if f < 0 {
			return w, fmt.Errorf("claimant weights line %d: unknown feature %q", n+1, c[0])
		}
		for l := range 2 {
			v, err := strconv.ParseFloat(c[l+1], 32)
			if err != nil {
				return w, fmt.Errorf("claimant weights line %d: %w", n+1, err)
			}
			w[l][f] = float32(v)
		}
		seen[f] = true
	}
	for f, ok := range seen {
		if !ok {
			return w, fmt.Errorf("claimant weights: no weight for %q", claimantFeatureNames[f])
		}
	}
	return w, nil
}

func mustClaimantWeights(s string) [2][nCF]float32 {
	w, err := parseClaimantWeights(s)
	if err != nil {
		panic(err)
	}
	return w
}

func claimantFeature(name string) int {
	for f, n := range claimantFeatureNames {
		if n == name {
			return f
		}
	}
	return -1
}

// attribute registers the people named in the unit doc[start:end] and
// returns its claimant: the candidate the chooser scores highest (none on a
// tie).
func (d *docState) attribute(toks []token, doc string, start, end int, a *analysis, de bool, lex lexicon) string {
	if de {
		d.absent = absentSets(toks) // one scan for the rules that need a word of a set (lacks); 0 again after claimant
		d.noteCaps(toks)            // for the note loops of mentions and claimant (capsOf); forgotten after claimant
	}
	text := oneLineUnit(doc[start:end]) // "Jonas⏎Weidlich sagte" in a hard-wrapped text (claimant_oneline.go)
	d.before = len(d.people)
	d.notePersonsBeforeEN()
	d.openingLine = d.units == 0 && lineEndsAt(doc, end) // a headline on its own line (claimant_en_headlinename.go)
	d.mentions(toks, text, de, lex)
	if !de {
		d.noteParticleNamesEN(toks, text) // "Bill de Blasio": later "De Blasio said"
	}
	d.ch.noteCommon(toks, text, de)
	d.noteOpenQuoteEN(doc, start, end, de)           // "''We lost. | It was a mess.''"
	d.restEN = doc[end:]                             // "Lee: …" headline, "Ann Lee" below (claimant_en_headlinecolon.go)
	d.docBefore = doc[:start]                        // "A civil rights group … the rights group said" (claimant_en_describedbody.go)
	d.noteOpenQuoteDE(doc, start, end, de)           // „Die Werkstatt ist alt. | Im Winter ist es kalt.“
	d.answer.noteParagraph(doc, start)               // an interview answer runs to its paragraph's end
	d.lineAlone = lineEndsAt(doc, end)               // a speaker's line in a parliament's record (claimant_de_speech.go)
	who := d.stampedClaimant(toks, text, a, de, lex) // "10:32 A spokeswoman … said": from after the time
	if !de {
		d.noteEchoEN(doc, start, end, who) // "Lee wrote: “The pier must close.”" | "The pier must close."
	}
	d.absent = 0
	if !claimantLearned[lang(de)] && d.trace == nil {
		return who
	}
	c := &d.ch
	if c.idx == nil {
		c.idx, c.top, c.lastClaim, c.chosen = map[string]int32{}, -1, -1, -1
		c.paraStart = true
	} else {
		c.paraStart = start < c.prevEnd || strings.IndexByte(doc[c.prevEnd:start], '\n') >= 0
		if c.paraStart {
			c.para++
		}
	}
	c.prevEnd = end
	f := facts(toks, a, de, a.x[fHeading] > 0)
	c.cands = append(c.cands[:0], cand{e: -1})
	d.scanMentions(toks, text, &f)
	rules := int32(-1)
	if who != "" {
		rules = c.entity(d.canonical(who))
		m := c.candidate(rules)
		if d.rulesCarried {
			m.x[cfRulesCarried] = 1
		} else {
			m.x[cfRules] = 1
		}
	}
	for _, e := range c.recent[:c.nRecent] {
		c.candidate(e)
	}
	if c.top >= 0 {
		c.candidate(c.top)
	}
	for i := 1; i < len(c.cands); i++ {
		d.historyFeatures(&c.cands[i], &f)
	}
	d.noneFeatures(&c.cands[0].x, &f, who == "")
	if d.trace != nil {
		d.trace.add(start, end, c) // the fitter sets the choice features itself
	}
	c.choiceFeatures()
	best := c.best(de)
	c.remember(rules, best)
	switch best {
	case -1:
		return ""
	case rules:
		return who // cleaned by the rules already
	}
	return claimantName(c.ents[best].name)
}

// lang returns the index of a language's weights.
func lang(de bool) int {
	if de {
		return 0
	}
	return 1
}

// best returns the entity of the highest-scoring candidate, -1 for none.
func (c *chooser) best(de bool) int32 {
	w, used := &claimantW[lang(de)], claimantUsed[lang(de)]
	best, top := int32(-1), float32(0)
	for i := range c.cands {
		var s float32
		x := &c.cands[i].x
		for _, f := range used {
			s += w[f] * x[f]
		}
		if i == 0 || s > top {
			best, top = c.cands[i].e, s
		}
	}
	return best
}

// remember updates the entities after a unit: who was named in it, whom
// the rules and the chooser named as its claimant.
func (c *chooser) remember(rules, chosen int32) {
	c.chosen = chosen
	if chosen >= 0 {
		c.ents[chosen].lastChosen = c.unit
	}
	for i := 1; i < len(c.cands); i++ {
		m := &c.cands[i]
		if m.x[cfInUnit] == 0 {
			continue
		}
		e := &c.ents[m.e]
		e.count++
		e.lastMention = c.unit
		c.touch(m.e)
		if c.top < 0 || e.count > c.ents[c.top].count {
			c.top = m.e
		}
	}
	if rules >= 0 {
		c.ents[rules].lastClaim = c.unit
		c.ents[rules].claimPara = c.para
		c.lastClaim = rules
		c.touch(rules)
	}
	c.unit++
}

// ClaimantUnit is a unit with the chooser's candidates, for fitting the
// chooser: Names[i] is candidate i ("" for none, always first), X[i] its
// features in the order of ClaimantFeatureNames, those of the chooser's
// own earlier choices ("chosen …") left zero.
type ClaimantUnit struct {
	Start, End int
	Names      []string
	X          [][]float64
}

// claimantTrace collects the candidates of every unit.
type claimantTrace struct{ units []ClaimantUnit }

func (t *claimantTrace) add(start, end int, c *chooser) {
	u := ClaimantUnit{Start: start, End: end, Names: make([]string, len(c.cands)), X: make([][]float64, len(c.cands))}
	for i, m := range c.cands {
		if m.e >= 0 {
			u.Names[i] = c.ents[m.e].name
		}
		u.X[i] = make([]float64, nCF)
		for f, v := range m.x {
			u.X[i][f] = float64(v)
		}
	}
	t.units = append(t.units, u)
}

// ClaimantCandidates extracts text as Extract does and returns, for every
// unit, the claimant chooser's candidates and their features, names
// normalised as the units' claimants are.
func ClaimantCandidates(text string, opts Options) []ClaimantUnit {
	var t claimantTrace
	opts.trace = &t
	Extract(text, opts)
	return t.units
}

// ClaimantFeatureNames returns the names of the chooser's features.
func ClaimantFeatureNames() []string { return append([]string(nil), claimantFeatureNames[:]...) }
