package extract

// SharedCommentOOF returns, for every German comment of rows, the shared
// model's views (CommentShared) by a model of the shipped design (L2
// strength lambda, context mask ctx) fitted on all rows but the comments
// of its inner fold (folds as Fit's); zero for other rows.
func SharedCommentOOF(rows []TrainRow, lambda float64, ctx int) []CommentShared {
	cfg := FitConfig{Folds: 5, Context: ctx}
	if ctx == 0 {
		cfg.Context = DefaultContext
	}
	frs := prepare(rows, cfg, nil)
	// every sentence of every comment, alone, as news
	var sents []TrainRow
	var of []int
	for i := range rows {
		if !isComment(&rows[i]) {
			continue
		}
		for _, sp := range commentSentences(rows[i].Text) {
			sents = append(sents, TrainRow{Text: rows[i].Text[sp.s:sp.e], Lang: rows[i].Lang, Genre: GenreNews})
			of = append(of, i)
		}
	}
	srs := prepare(sents, cfg, nil)
	for j := range sents {
		sents[j].Genre = GenreComments
	}
	crs := prepare(sents, cfg, nil)
	out := make([]CommentShared, len(rows))
	n := make([]int, len(rows))
	for k := 0; k < cfg.Folds; k++ {
		w := train(frs, func(r *fRow) bool { return !(r.dom == domComments && r.fold == k) }, lambda, defaultEpochs)
		for i := range frs {
			if frs[i].fold == k && isComment(&rows[i]) {
				out[i][svWhole] = dotRow(w, &frs[i])
			}
		}
		for j := range srs {
			i := of[j]
			if frs[i].fold != k {
				continue
			}
			news, com := dotRow(w, &srs[j]), dotRow(w, &crs[j])
			if n[i] == 0 || news > out[i][svNewsMax] {
				out[i][svNewsMax] = news
			}
			if n[i] == 0 || com > out[i][svSentMax] {
				out[i][svSentMax] = com
			}
			out[i][svNewsMean] += news
			n[i]++
		}
	}
	for i := range out {
		if n[i] > 0 {
			out[i][svNewsMean] /= float64(n[i])
		}
	}
	return out
}

// dotRow returns the dot product of the weights w and the sparse row r.
func dotRow(w []float32, r *fRow) float64 {
	z := 0.0
	for j, x := range r.idx {
		z += float64(w[x]) * float64(r.val[j])
	}
	return z
}

// CommentViews returns the fitted shared model's views of a comment row,
// each before the threshold its fit moved into the bias: the stacking's
// inputs.
func (f *Fitted) CommentViews(r TrainRow) CommentShared {
	var z tokenizer
	f.mu.Lock()
	if f.docs == nil {
		f.docs = map[string]*docSketch{}
	}
	rc := contextOf(r, f.docs)
	f.mu.Unlock()
	var a analysis
	toks := unitFeatures(&z, r.Text, r.Lang, rc.p, &a)
	var cx ctxInputs
	contextInputs(rc.p, r.Lang == "en", f.model.ctx, rc.before, rc.after, &cx)
	lg, _ := f.model.scoreLogit(r.Text, &a, &cx, terms(r.Text, toks, nil), domComments, nil)
	if rc.doc != nil {
		lg += f.model.articleLogit(domComments, rc.doc)
	}
	l := 0
	if r.Lang == "en" {
		l = 1
	}
	sh := sentenceViews(&f.model, r.Text, r.Lang)
	addCuts(&sh, logit(f.Thresholds[domNews][l]), logit(f.Thresholds[domComments][l]))
	sh[svWhole] = lg + logit(f.Thresholds[domComments][l])
	return sh
}
