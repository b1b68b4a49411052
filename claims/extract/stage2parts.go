package extract

// The parts of a unit's first-stage logit that the second stage reads
// (s2Part): its own features' part and its neighbours' features' part, as
// scoreLogit sums them. Extract learns a unit's neighbours only as it
// reads on, so each unit's raw parts (s2Raw) are kept as the text is read
// (articleSum.add) and a unit's parts are put together at the end
// (s2Parts).

// s2Raw is what one unit adds to the parts: its own features' part, and
// what its features add to the logit of the unit after it (read as that
// unit's "before") and to that of the unit before it (as its "after").
type s2Raw struct{ feat, asBefore, asAfter float64 }

// rawPart returns the raw parts of a unit with features x, non-zero those
// of nz (nonZeroFeats), read in domain dom.
func (m *linModel) rawPart(dom int, x *[nFeat]float64, nz featMask) s2Raw {
	var r s2Raw
	w := m.w
	near := m.ctx >= 0 && m.ctx&CtxNeighbours != 0
	for nz != 0 {
		f := nz.next()
		v := x[f]
		r.feat += (float64(w[offDense+f]) + float64(w[offDense+nFeat*(1+dom)+f])) * v
		if near {
			c := float64(float32(neighbourScale * v)) // as contextInputs stores it
			r.asBefore += (float64(w[offCtx+cxBefore+f]) + float64(w[offCtx+nCtx*(1+dom)+cxBefore+f])) * c
			r.asAfter += (float64(w[offCtx+cxAfter+f]) + float64(w[offCtx+nCtx*(1+dom)+cxAfter+f])) * c
		}
	}
	return r
}

// s2Parts sets pt[i] to the parts of unit i of a text whose units have the
// raw parts raw (pt as long as raw).
func s2Parts(raw []s2Raw, pt []s2Part) {
	for i := range raw {
		p := s2Part{feat: raw[i].feat}
		if i > 0 {
			p.near += raw[i-1].asBefore
		}
		if i+1 < len(raw) {
			p.near += raw[i+1].asAfter
		}
		pt[i] = p
	}
}
