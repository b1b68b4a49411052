package extract

import "strings"

// The context of a unit in its text: where it stands (the first unit, the
// lead, right after a heading) and its language. A unit scored alone
// (Score, a labelled debate sentence or comment) has only its language.
// Inputs of the features of the neighbouring units were tried as well and
// did not help in cross-validation (BENCHMARKS.md).

// Context inputs, in this order; each has one weight shared by all genres
// and one per genre, like the features.
const (
	cxFirst        = iota // the first unit of the text (mostly a title)
	cxLead                // in the first two paragraphs
	cxAfterHeading        // the unit before is a heading
	cxEnglish             // the unit is English: a bias (and threshold) per language
	nCtx
)

// Context groups, a bit mask: which context inputs a model reads.
const (
	CtxPosition = 1 << iota // first, lead, after a heading
	CtxLanguage             // a bias of its own per language
	// CtxNone asks Fit for no context inputs.
	CtxNone = -1
	// DefaultContext is what the shipped model reads.
	DefaultContext = CtxPosition | CtxLanguage
)

// place is where a unit stands in its text; index -1 for a unit alone.
type place struct {
	index, para  int
	heading      bool // the unit itself is a heading
	afterHeading bool
}

// alone is the place of a unit read on its own.
var alone = place{index: -1}

// contextInputs sets cx to the context inputs of a unit at p for the groups
// of mask.
func contextInputs(p place, en bool, mask int, cx *[nCtx]float32) {
	*cx = [nCtx]float32{}
	if mask < 0 {
		return
	}
	if mask&CtxLanguage != 0 && en {
		cx[cxEnglish] = 1
	}
	if mask&CtxPosition == 0 || p.index < 0 {
		return
	}
	if p.index == 0 {
		cx[cxFirst] = 1
	}
	if p.para < 2 {
		cx[cxLead] = 1
	}
	if p.afterHeading {
		cx[cxAfterHeading] = 1
	}
}

// isHeadingUnit reports whether a unit is a whole block without final
// punctuation.
func isHeadingUnit(text string, sp span, bs []span) bool {
	b := bs[sp.para]
	return sp.s == b.s && sp.e == b.e && !strings.ContainsRune(".!?:;", rune(lastMark(text[sp.s:sp.e])))
}

// docSketch is the place of every unit of one text, as Extract splits it
// into sentences, by the unit's start and end.
type docSketch map[[2]int]place

// sketchDoc splits text into sentences as Extract does and returns the
// place of every unit.
func sketchDoc(text string) docSketch {
	bs := blocks(text, true)
	spans := splitBlocks(text, bs, false)
	d := make(docSketch, len(spans))
	prevHeading := false
	for i, sp := range spans {
		h := isHeadingUnit(text, sp, bs)
		d[[2]int{sp.s, sp.e}] = place{index: i, para: sp.para, heading: h, afterHeading: prevHeading}
		prevHeading = h
	}
	return d
}

// rowPlace returns the place of a training row in its Doc, or alone (with
// the row's own heading flag) when it has none or no unit lies at its
// offsets. docs caches the texts' sketches by group.
func rowPlace(r TrainRow, docs map[string]docSketch) place {
	if r.Doc != "" {
		d, ok := docs[r.Group]
		if !ok {
			d = sketchDoc(r.Doc)
			docs[r.Group] = d
		}
		if p, ok := d[[2]int{r.Start, r.End}]; ok {
			return p
		}
	}
	p := alone
	p.heading = r.Heading
	return p
}
