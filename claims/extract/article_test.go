package extract

import (
	"math"
	"testing"
)

func TestArticleMean(t *testing.T) {
	var a, b [nFeat]float64
	a[fNumber], a[fQuote] = 1, 0.5
	b[fNumber], b[fOpinion] = 0, 1
	m := articleMean([][nFeat]float64{a, b})
	if m[fNumber] != 0.5 || m[fQuote] != 0.25 || m[fOpinion] != 0.5 || m[fDate] != 0 {
		t.Fatalf("mean %v", m)
	}
	if z := articleMean(nil); z != ([nFeat]float64{}) {
		t.Fatalf("mean of no units %v", z)
	}
}

func TestArticleInputs(t *testing.T) {
	var doc [nFeat]float64
	doc[fDate] = 0.75
	var cx ctxInputs
	articleInputs(DefaultContext, &doc, &cx)
	if cx.v[cxArticle+fDate] != 0.75 || cx.v[cxArticle+fNumber] != 0 {
		t.Fatalf("article inputs %v", cx.v[cxArticle:])
	}
	for _, c := range []struct {
		mask int
		doc  *[nFeat]float64
	}{{CtxPosition | CtxLanguage | CtxNeighbours, &doc}, {CtxNone, &doc}, {DefaultContext, nil}} {
		cx = ctxInputs{}
		articleInputs(c.mask, c.doc, &cx)
		if cx != (ctxInputs{}) {
			t.Errorf("mask %d, doc %v: inputs set", c.mask, c.doc != nil)
		}
	}
}

// TestArticleRescore checks that the article's part moves every unit's
// score by the same logit and sets check-worthy anew.
func TestArticleRescore(t *testing.T) {
	shipped := scorer2
	scorer2 = stage2{} // the first stage alone (the second: TestStage2Rescore)
	defer func() { scorer2 = shipped }()
	m := linModel{w: make([]float32, nWeights), ctx: DefaultContext}
	m.w[offCtx+cxArticle+fNumber] = 2                     // shared
	m.w[offCtx+nCtx*(1+domNews)+cxArticle+fNumber] = 1    // news
	m.w[offCtx+nCtx*(1+domDebates)+cxArticle+fNumber] = 9 // not read for news
	var s articleSum
	var x, y [nFeat]float64
	x[fNumber] = 1
	s.add(&x, nonZeroFeats(&x))
	s.add(&y, nonZeroFeats(&y))
	out := []Unit{{logit: 0}, {logit: -2}}
	s.rescore(&m, out, domNews, 0.5)
	// mean number 0.5, weight 3: +1.5 on each logit.
	if want := prob(1.5); out[0].Score != want || !out[0].CheckWorthy {
		t.Errorf("first unit %.4f %v, want %.4f", out[0].Score, out[0].CheckWorthy, want)
	}
	if want := prob(-0.5); out[1].Score != want || out[1].CheckWorthy {
		t.Errorf("second unit %.4f %v, want %.4f", out[1].Score, out[1].CheckWorthy, want)
	}
	if math.Abs(m.articleLogit(domNews, &[nFeat]float64{fNumber: 0.5})-1.5) > 1e-9 {
		t.Error("articleLogit")
	}
	m.ctx = CtxPosition
	out[0].Score = 0.1
	s.rescore(&m, out, domNews, 0.5)
	if out[0].Score != 0.1 {
		t.Error("a model without article inputs rescored")
	}
}
