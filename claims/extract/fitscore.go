package extract

// Score returns the fitted model's score of a row read as its genre, in
// the context of its Doc (with the second stage, if fitted, over all units
// of the Doc); its label and group are ignored.
func (f *Fitted) Score(r TrainRow) float64 {
	dom := domainOf(r.Genre)
	f.mu.Lock()
	if f.docs == nil {
		f.docs = map[string]*docSketch{}
		f.docZ = map[*docSketch]s2Logits{}
	}
	rc := contextOf(r, f.docs)
	if d := f.docs[r.Group+"\x00"+r.Lang]; d != nil && rc.p.index >= 0 && dom == domNews && f.s2.on {
		lz, ok := f.docZ[d]
		if !ok {
			lz = s2Logits{z: make([]float64, len(d.spans)), pt: make([]s2Part, len(d.spans))}
			raw := make([]s2Raw, len(d.spans))
			for i, sp := range d.spans {
				lz.z[i] = f.logit(d.text[sp.s:sp.e], d.lang, d.unitContext(i), dom)
				raw[i] = f.model.rawPart(dom, &d.xs[i], nonZeroFeats(&d.xs[i]))
			}
			s2Parts(raw, lz.pt)
			f.docZ[d] = lz
		}
		f.mu.Unlock()
		st := s2Stats(lz.z)
		return prob(f.s2.logit(lz.z, lz.pt, rc.p.index, r.Lang == "en", &st))
	}
	f.mu.Unlock()
	return prob(f.logit(r.Text, r.Lang, rc, dom))
}

// logit returns the first stage's logit of the unit text in language lang
// with context rc, read in domain dom.
func (f *Fitted) logit(text, lang string, rc rowContext, dom int) float64 {
	var z tokenizer
	var a analysis
	toks := unitFeatures(&z, text, lang, rc.p, &a)
	var cx ctxInputs
	contextInputs(rc.p, lang == "en", f.model.ctx, rc.before, rc.after, &cx)
	lg, _ := f.model.scoreLogit(text, &a, &cx, terms(text, toks, nil), dom, nil)
	if rc.doc != nil {
		lg += f.model.articleLogit(dom, rc.doc)
	}
	return lg
}
