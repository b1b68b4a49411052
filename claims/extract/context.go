package extract

import "strings"

// The context of a unit in its text: where it stands (the first unit, the
// lead, right after a heading), whether it repeats an earlier unit, its
// language, the features of the
// units right before and after it (a sentence after "Der Sprecher sagte:"
// or between two sentences full of figures is read with them) and the
// mean features of the whole text (article.go). A unit
// scored alone (Score, a line of a collection, a labelled debate sentence
// or comment) has only its language.

// Context inputs, in this order; each has one weight shared by all genres
// and one per genre, like the features.
const (
	cxFirst        = iota             // the first unit of the text (mostly a title)
	cxLead                            // in the first two paragraphs
	cxAfterHeading                    // the unit before is a heading
	cxEnglish                         // the unit is English: a bias (and threshold) per language
	cxRepeat                          // the unit repeats an earlier unit of the text (repeat.go)
	cxBefore                          // the features of the unit before: nFeat inputs
	cxAfter        = cxBefore + nFeat // the features of the unit after
	cxArticle      = cxAfter + nFeat  // the mean features of the whole text: nFeat inputs (article.go)
	nCtx           = cxArticle + nFeat
)

// neighbourScale is the value of a neighbour's feature input against the
// unit's own (1): chosen by cross-validation among 1 and 0.5.
const neighbourScale = 0.5

// Context groups, a bit mask: which context inputs a model reads.
const (
	CtxPosition   = 1 << iota // first, lead, after a heading
	CtxLanguage               // a bias of its own per language
	CtxNeighbours             // the features of the units before and after
	CtxArticle                // the mean features of the whole text (article.go)
	CtxRepeat                 // the unit repeats an earlier unit (repeat.go)
	// CtxNone asks Fit for no context inputs.
	CtxNone = -1
	// DefaultContext is what the shipped model reads.
	DefaultContext = CtxPosition | CtxLanguage | CtxNeighbours | CtxArticle | CtxRepeat
)

// place is where a unit stands in its text; index -1 for a unit alone.
type place struct {
	index, para  int
	heading      bool // the unit itself is a heading
	afterHeading bool
	repeat       bool // its text repeats an earlier unit's (repeat.go)
}

// ctxInputs holds the context inputs of a unit and which of them are
// non-zero, so that scoring visits only those (most are zero: the article
// inputs in Extract, about half of the neighbours' features). Clear them,
// then write each at most once with set.
type ctxInputs struct {
	v  [nCtx]float32
	nz [(nCtx + 63) / 64]uint64 // bit k%64 of nz[k/64]: v[k] != 0
}

// set sets input k, zero since c was cleared, to v.
func (c *ctxInputs) set(k int, v float32) {
	if v != 0 {
		c.v[k] = v
		c.nz[uint(k)/64] |= 1 << (uint(k) % 64)
	}
}

// setNeighbour sets the nFeat inputs from k on to a neighbour's features x
// (nil: none), non-zero those of nz (nonZeroFeats), at neighbourScale; it
// leaves the inputs of its zero features alone (zero in a cleared c).
func (c *ctxInputs) setNeighbour(k int, x *[nFeat]float64, nz featMask) {
	if x == nil {
		return
	}
	for nz != 0 {
		f := nz.next()
		c.set(k+f, float32(neighbourScale*x[f]))
	}
}

// alone is the place of a unit read on its own.
var alone = place{index: -1}

// contextInputs sets cx to the context inputs of a unit at p for the groups
// of mask; before and after are the features of its neighbours (nil: none).
func contextInputs(p place, en bool, mask int, before, after *[nFeat]float64, cx *ctxInputs) {
	contextInputsNZ(p, en, mask, neighbours{before, after, nonZeroFeats(before), nonZeroFeats(after)}, cx)
}

// neighbours are the features of the units before and after a unit (nil:
// none) and the masks of their non-zero features (nonZeroFeats).
type neighbours struct {
	before, after *[nFeat]float64
	bnz, anz      featMask
}

// contextInputsNZ is contextInputs with the neighbours' masks known.
func contextInputsNZ(p place, en bool, mask int, nb neighbours, cx *ctxInputs) {
	*cx = ctxInputs{}
	if mask < 0 {
		return
	}
	if mask&CtxLanguage != 0 && en {
		cx.set(cxEnglish, 1)
	}
	if p.index < 0 {
		return
	}
	if mask&CtxNeighbours != 0 {
		cx.setNeighbour(cxBefore, nb.before, nb.bnz)
		cx.setNeighbour(cxAfter, nb.after, nb.anz)
	}
	if mask&CtxRepeat != 0 && p.repeat {
		cx.set(cxRepeat, 1)
	}
	if mask&CtxPosition == 0 {
		return
	}
	if p.index == 0 {
		cx.set(cxFirst, 1)
	}
	if p.para < 2 {
		cx.set(cxLead, 1)
	}
	if p.afterHeading {
		cx.set(cxAfterHeading, 1)
	}
}

// nextPlace returns the place of unit i, span sp of text split into the
// blocks bs, after a unit at prev; seen holds the units before it (nil:
// repeats are not looked for).
func nextPlace(text string, i int, sp span, bs []span, prev place, seen *repeatSet) place {
	p := place{index: i, para: sp.para, heading: isHeadingUnit(text, sp, bs), afterHeading: prev.heading}
	if seen != nil {
		p.repeat = seen.repeats(text[sp.s:sp.e])
	}
	return p
}

// isHeadingUnit reports whether a unit is a whole block without final
// punctuation.
func isHeadingUnit(text string, sp span, bs []span) bool {
	b := bs[sp.para]
	return sp.s == b.s && sp.e == b.e && !strings.ContainsRune(".!?:;", rune(lastMark(text[sp.s:sp.e])))
}

// docSketch is every unit of one text as Extract splits it into
// sentences: its place and features, and its index by start and end.
type docSketch struct {
	text   string
	lang   string
	spans  []span
	places []place
	xs     [][nFeat]float64
	at     map[[2]int]int
	mean   [nFeat]float64 // the article's mean features (articleMean)
}

// sketchDoc splits text into sentences as Extract does and analyses every
// unit in language lang.
func sketchDoc(text, lang string) *docSketch {
	bs := blocks(text, true)
	spans := splitBlocks(text, bs, false)
	d := &docSketch{text: text, lang: lang, spans: spans, places: make([]place, len(spans)), xs: make([][nFeat]float64, len(spans)), at: make(map[[2]int]int, len(spans))}
	var z tokenizer
	prev := alone
	var seen repeatSet
	for i, sp := range spans {
		p := nextPlace(text, i, sp, bs, prev, &seen)
		prev = p
		ut := text[sp.s:sp.e]
		var a analysis
		unitFeatures(&z, ut, lang, p, &a)
		d.places[i], d.xs[i], d.at[[2]int{sp.s, sp.e}] = p, a.x, i
	}
	d.mean = articleMean(d.xs)
	return d
}

// unitContext returns the context of unit i of the sketched text.
func (d *docSketch) unitContext(i int) rowContext {
	c := rowContext{p: d.places[i], doc: &d.mean}
	if i > 0 {
		c.before = &d.xs[i-1]
	}
	if i+1 < len(d.xs) {
		c.after = &d.xs[i+1]
	}
	return c
}

// rowContext is a training row's place in its Doc and the features of its
// neighbours there (nil when it has none).
type rowContext struct {
	p             place
	before, after *[nFeat]float64
	doc           *[nFeat]float64 // the article's mean features (nil: a unit alone)
}

// contextOf returns the context of a training row in its Doc, or alone
// (with the row's own heading flag) when it has none or no unit lies at
// its offsets. docs caches the texts' sketches by group and language.
func contextOf(r TrainRow, docs map[string]*docSketch) rowContext {
	if r.Doc != "" {
		key := r.Group + "\x00" + r.Lang
		d, ok := docs[key]
		if !ok {
			d = sketchDoc(r.Doc, r.Lang)
			docs[key] = d
		}
		if i, ok := d.at[[2]int{r.Start, r.End}]; ok {
			return d.unitContext(i)
		}
	}
	c := rowContext{p: alone}
	c.p.heading = r.Heading
	return c
}
