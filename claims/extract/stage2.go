package extract

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// The second stage: the check-worthy sentences of an article come in runs
// (a paragraph of figures, a quotation over three sentences), and some
// articles have many, some few. After every unit of a news text is scored
// (the first stage: the linear model of learned.go, the article's part
// included), a small logistic regression per language reads each unit's
// first-stage logit and two of its parts (its own features' and its
// neighbours' features', stage2parts.go) beside the logits of the two
// units before and after it and the mean, the maximum and the share of
// positive logits over the whole text, and gives the score shown. The
// reasons stay the first stage's: the second stage only moves a unit's
// score with its neighbours' and its text's. It is
// fitted on out-of-fold first-stage logits (stage2fit.go), so it learns
// how far to trust logits of text the first stage never saw. Units read
// alone (a line, a debate sentence, a comment) have no second stage.

// Inputs of the second stage, in this order.
const (
	s2Bias      = iota
	s2Own       // the unit's first-stage logit
	s2Prev      // the logit of the unit before (0 if none)
	s2PrevNone  // 1: there is no unit before
	s2Next      // the unit after
	s2NextNone  //
	s2Prev2     // two units before
	s2Prev2None //
	s2Next2     // two units after
	s2Next2None //
	s2Mean      // the mean logit of the text's units
	s2Max       // the largest
	s2Share     // the share of units with a positive logit
	s2Pos       // the unit's place in the text: 0 first, 1 last
	s2Feat      // the part of the unit's logit that its own features give
	s2Near      // the part that its neighbours' features give
	nS2
)

// s2Clip bounds the logits the second stage reads.
const s2Clip = 8

// stage2 is the fitted second stage: weights per language (German,
// English); on is false when the model has none.
type stage2 struct {
	w  [2][nS2]float64
	on bool
}

// s2Part is what the second stage reads of how a unit's first-stage logit
// came about: the part of its own features (learned.go's features) and
// the part of its neighbours' features (context.go, CtxNeighbours). The
// rest is its words', its place's and its article's.
type s2Part struct{ feat, near float64 }

// s2Doc is what the second stage reads of the whole text.
type s2Doc struct {
	mean, max, share float64
}

// clipLogit limits z to [-s2Clip, s2Clip].
func clipLogit(z float64) float64 {
	return max(-s2Clip, min(s2Clip, z)) // as math.Max and math.Min, NaN and signed zeros alike, but inlined
}

// s2Stats sums up the first-stage logits z of a text's units.
func s2Stats(z []float64) s2Doc {
	d := s2Doc{max: -s2Clip}
	if len(z) == 0 {
		d.max = 0
		return d
	}
	pos := 0
	for _, v := range z {
		v = clipLogit(v)
		d.mean += v
		d.max = math.Max(d.max, v)
		if v > 0 {
			pos++
		}
	}
	d.mean /= float64(len(z))
	d.share = float64(pos) / float64(len(z))
	return d
}

// s2Inputs sets x to the second stage's inputs of unit i of a text whose
// units have the first-stage logits z (summed up in d) made of the parts
// pt (nil: none known, zero).
func s2Inputs(z []float64, pt []s2Part, i int, d *s2Doc, x *[nS2]float64) {
	*x = [nS2]float64{s2Bias: 1, s2Own: clipLogit(z[i]), s2Mean: d.mean, s2Max: d.max, s2Share: d.share}
	if pt != nil {
		x[s2Feat], x[s2Near] = clipLogit(pt[i].feat), clipLogit(pt[i].near)
	}
	near := func(k, v, none int) {
		if k >= 0 && k < len(z) {
			x[v] = clipLogit(z[k])
		} else {
			x[none] = 1
		}
	}
	near(i-1, s2Prev, s2PrevNone)
	near(i+1, s2Next, s2NextNone)
	near(i-2, s2Prev2, s2Prev2None)
	near(i+2, s2Next2, s2Next2None)
	if len(z) > 1 {
		x[s2Pos] = float64(i) / float64(len(z)-1)
	}
}

// logit returns the second stage's logit of unit i (English when en).
func (m *stage2) logit(z []float64, pt []s2Part, i int, en bool, d *s2Doc) float64 {
	var x [nS2]float64
	s2Inputs(z, pt, i, d, &x)
	w := &m.w[0]
	if en {
		w = &m.w[1]
	}
	s := 0.0
	for k, v := range x {
		s += w[k] * v
	}
	return s
}

// rescore sets the score of every unit of out, a news text whose units
// have the first-stage logits z made of the parts pt, to the second
// stage's, and whether it is check-worthy at threshold th.
func (m *stage2) rescore(z []float64, pt []s2Part, out []Unit, th float64) {
	d := s2Stats(z)
	for i := range out {
		u := &out[i]
		u.Score = prob(m.logit(z, pt, i, u.Lang == "en", &d))
		u.CheckWorthy = u.Score >= th
	}
}

// s2Places is the precision of the second stage's stored weights: four
// decimal places.
const s2Places = 1e4

// round rounds the weights to what their text form keeps (k / 10^4 is the
// float nearest to the decimal written, so reading gives it back).
func (m *stage2) round() {
	for l := range m.w {
		for k, v := range m.w[l] {
			m.w[l][k] = math.Round(v*s2Places) / s2Places
		}
	}
}

// lines returns the second stage in the text form of model.tsv: one line
// per language, "stage2<TAB>LANG" and the weights in input order.
func (m *stage2) lines() []string {
	if !m.on {
		return nil
	}
	var out []string
	for l, name := range [2]string{"de", "en"} {
		var b strings.Builder
		b.WriteString("stage2\t" + name)
		for _, v := range m.w[l] {
			b.WriteString("\t" + strconv.FormatFloat(v, 'f', 4, 64))
		}
		out = append(out, b.String())
	}
	return out
}

// parseStage2 reads the second stage's lines of a model file, which stand
// among the '#' lines at its head (none: off).
func parseStage2(data string) (stage2, error) {
	var m stage2
	seen := 0
	for len(data) > 0 {
		var line string
		line, data, _ = strings.Cut(data, "\n")
		rest, ok := strings.CutPrefix(line, "stage2\t")
		if !ok {
			if line != "" && line[0] != '#' {
				break // the weights of the first stage
			}
			continue
		}
		f := strings.Split(rest, "\t")
		l := 0
		if f[0] == "en" {
			l = 1
		}
		if len(f) != nS2+1 || (f[0] != "de" && f[0] != "en") {
			return stage2{}, fmt.Errorf("bad second-stage line %q", line)
		}
		for k := range m.w[l] {
			v, err := strconv.ParseFloat(f[k+1], 64)
			if err != nil {
				return stage2{}, fmt.Errorf("bad second-stage line %q", line)
			}
			m.w[l][k] = v
		}
		seen |= 1 << l
	}
	if seen != 0 && seen != 3 {
		return stage2{}, fmt.Errorf("second stage for one language only")
	}
	m.on = seen == 3
	return m, nil
}
