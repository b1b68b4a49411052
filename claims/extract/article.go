package extract

// The article as a whole: a report full of figures and quotations and an
// opinion piece or a feature differ in how many of their sentences are
// check-worthy. The mean of every feature over the units of the text is a
// context input of each of its units (CtxArticle, nFeat inputs with
// learned weights), so the model reads a sentence with the kind of text it
// stands in. Extract learns the mean only at the end of the text, so it
// adds the article's part of the logit to every unit afterwards
// (articleSum.rescore); a fitted row's article is sketched whole
// (docSketch.mean).

// articleMean returns the mean of the features of a text's units (zero
// for none).
func articleMean(xs [][nFeat]float64) [nFeat]float64 {
	var s articleSum
	for i := range xs {
		s.addMean(&xs[i], nonZeroFeats(&xs[i]))
	}
	return s.mean()
}

// articleSum adds up the features of a text's units as they are read,
// and, when the model has a second stage, keeps their raw parts
// (stage2parts.go) in news.
type articleSum struct {
	sum  [nFeat]float64
	n    int
	raw  [128]s2Raw // the first units' raw parts: most texts need no more
	more []s2Raw    // the rest
}

// add adds the features x of the next unit of the text, non-zero those of
// nz (nonZeroFeats).
func (s *articleSum) add(x *[nFeat]float64, nz featMask) {
	if scorer2.on {
		r := scorer.rawPart(domNews, x, nz)
		if s.n < len(s.raw) {
			s.raw[s.n] = r
		} else {
			s.more = append(s.more, r)
		}
	}
	s.addMean(x, nz)
}

// addMean adds x, non-zero the features of nz, to the sum of the features
// only. Adding a zero would change no sum: each starts at +0, and x + ±0
// is x for every x but −0, which no sum that starts at +0 becomes.
func (s *articleSum) addMean(x *[nFeat]float64, nz featMask) {
	for nz != 0 {
		f := nz.next()
		s.sum[f] += x[f]
	}
	s.n++
}

// mean is the mean features of the units added (zero for none).
func (s *articleSum) mean() [nFeat]float64 {
	var m [nFeat]float64
	if s.n == 0 {
		return m
	}
	for f := range m {
		m[f] = s.sum[f] / float64(s.n)
	}
	return m
}

// articleInputs sets the article inputs of cx from the text's mean
// features doc (nil: a unit alone, none) when mask reads them.
func articleInputs(mask int, doc *[nFeat]float64, cx *ctxInputs) {
	if mask < 0 || mask&CtxArticle == 0 || doc == nil {
		return
	}
	for f, v := range doc {
		cx.set(cxArticle+f, float32(v))
	}
}

// articleLogit is the part of a unit's logit that its article's mean
// features doc give in domain dom: the same sum as the article inputs
// would add in score.
func (m *linModel) articleLogit(dom int, doc *[nFeat]float64) float64 {
	var cx ctxInputs
	articleInputs(m.ctx, doc, &cx)
	z := 0.0
	for k := cxArticle; k < cxArticle+nFeat; k++ {
		if v := cx.v[k]; v != 0 {
			z += (float64(m.w[offCtx+k]) + float64(m.w[offCtx+nCtx*(1+dom)+k])) * float64(v)
		}
	}
	return z
}

// rescore adds the article's part to the logit of each unit of out (read
// in domain dom; Unit.logit is the rest), runs the second stage (scorer2,
// stage2.go) over a news text's units, and sets each unit's score and
// whether it is check-worthy at threshold th anew.
func (s *articleSum) rescore(m *linModel, out []Unit, dom int, th float64) {
	art := m.ctx >= 0 && m.ctx&CtxArticle != 0 && s.n > 0
	two := scorer2.on && dom == domNews && len(out) > 0
	if !art && !two {
		return
	}
	dz := 0.0
	if art {
		mean := s.mean()
		dz = m.articleLogit(dom, &mean)
	}
	if two {
		var buf [128]float64 // most texts: no allocation
		var pbuf [128]s2Part
		var z []float64
		var pt []s2Part
		if len(out) <= len(buf) {
			z, pt = buf[:0], pbuf[:len(out)]
		} else {
			z, pt = make([]float64, 0, len(out)), make([]s2Part, len(out))
		}
		for i := range out {
			z = append(z, out[i].logit+dz)
		}
		raw := s.raw[:min(s.n, len(s.raw))]
		if s.n > len(s.raw) {
			raw = append(raw[:len(raw):len(raw)], s.more...)
		}
		if len(raw) == len(out) {
			s2Parts(raw, pt)
		} else {
			pt = nil // not read with add: no parts known
		}
		scorer2.rescore(z, pt, out, th)
		return
	}
	for i := range out {
		u := &out[i]
		u.Score = prob(u.logit + dz)
		u.CheckWorthy = u.Score >= th
	}
}
