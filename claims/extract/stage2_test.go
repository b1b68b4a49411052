package extract

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestStage2Inputs(t *testing.T) {
	z := []float64{2, -1, 20, -3}
	d := s2Stats(z)
	// Logits are clipped to ±8: mean (2-1+8-3)/4, max 8, two of four > 0.
	if d.mean != 1.5 || d.max != 8 || d.share != 0.5 {
		t.Fatalf("stats %+v", d)
	}
	var x [nS2]float64
	s2Inputs(z, nil, 0, &d, &x)
	want := [nS2]float64{s2Bias: 1, s2Own: 2, s2PrevNone: 1, s2Next: -1, s2Prev2None: 1, s2Next2: 8, s2Mean: 1.5, s2Max: 8, s2Share: 0.5}
	if x != want {
		t.Fatalf("first unit %v, want %v", x, want)
	}
	s2Inputs(z, nil, 3, &d, &x)
	want = [nS2]float64{s2Bias: 1, s2Own: -3, s2Prev: 8, s2NextNone: 1, s2Prev2: -1, s2Next2None: 1, s2Mean: 1.5, s2Max: 8, s2Share: 0.5, s2Pos: 1}
	if x != want {
		t.Fatalf("last unit %v, want %v", x, want)
	}
	if d := s2Stats(nil); d != (s2Doc{}) {
		t.Fatalf("no units %+v", d)
	}
}

func TestStage2Lines(t *testing.T) {
	var m stage2
	if m.lines() != nil {
		t.Fatal("a stage that is off is written")
	}
	m.on = true
	for k := 0; k < nS2; k++ {
		m.w[0][k], m.w[1][k] = float64(k)*0.1234, -float64(k)*1.5
	}
	m.round()
	text := "# head\n" + strings.Join(m.lines(), "\n") + "\n12\t3\n"
	got, err := parseStage2(text)
	if err != nil || got != m {
		t.Fatalf("read %+v (%v), wrote %+v", got, err, m)
	}
	if off, err := parseStage2("# head\n12\t3\n"); err != nil || off.on {
		t.Fatalf("no stage: %+v %v", off, err)
	}
	if _, err := parseStage2(m.lines()[0] + "\n"); err == nil {
		t.Fatal("one language only is accepted")
	}
	if _, err := parseStage2("stage2\tde\t1\t2\n"); err == nil {
		t.Fatal("a short line is accepted")
	}
	// The first stage's reader skips the lines.
	if lm, err := parseModel(text); err != nil || lm.w[12] != 3*weightStep {
		t.Fatalf("parseModel: %v", err)
	}
}

// TestFitLogistic checks that the second stage's learner finds the weights
// that made the labels.
func TestFitLogistic(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	var xs [][nS2]float64
	var ys []float64
	for i := 0; i < 20000; i++ {
		var x [nS2]float64
		x[s2Bias], x[s2Own], x[s2Share] = 1, rng.NormFloat64()*2, rng.Float64()
		z := -1 + 1.5*x[s2Own] + 2*x[s2Share]
		y := 0.0
		if rng.Float64() < 1/(1+math.Exp(-z)) {
			y = 1
		}
		xs, ys = append(xs, x), append(ys, y)
	}
	w := fitLogistic(xs, ys)
	for k, want := range map[int]float64{s2Bias: -1, s2Own: 1.5, s2Share: 2, s2Mean: 0} {
		if math.Abs(w[k]-want) > 0.2 {
			t.Errorf("weight %d: %.3f, want about %.1f", k, w[k], want)
		}
	}
}

// TestStage2Rescore checks that Extract's scores of a news text are the
// second stage's when the model has one, and that a unit's score moves
// with its neighbours'.
func TestStage2Rescore(t *testing.T) {
	var m stage2
	m.on = true
	m.w[0][s2Own], m.w[0][s2Next] = 1, 1
	m.w[1][s2Own] = 1
	out := []Unit{{Lang: "de"}, {Lang: "de"}, {Lang: "en"}}
	m.rescore([]float64{-0.5, 1, 3}, nil, out, 0.5)
	if out[0].Score != prob(0.5) || !out[0].CheckWorthy || out[1].Score != prob(4) || out[2].Score != prob(3) {
		t.Fatalf("scores %+v", out)
	}
	shippedM, shipped := scorer, scorer2
	defer func() { scorer, scorer2 = shippedM, shipped }()
	// A first stage without the article's part: a unit's logit is its
	// first-stage logit.
	scorer = linModel{w: make([]float32, nWeights), ctx: CtxPosition | CtxLanguage | CtxNeighbours}
	rng := rand.New(rand.NewPCG(7, 8))
	for i := range scorer.w {
		scorer.w[i] = float32(rng.NormFloat64() * 0.3)
	}
	scorer2 = m
	text := "Die Preise stiegen um 5 Prozent. Das ist schön. Der Rat tagte am Montag."
	got := Extract(text, Options{Lang: "de"})
	if len(got) != 3 {
		t.Fatalf("%d units", len(got))
	}
	for i, u := range got {
		want := clipLogit(u.logit)
		if i+1 < len(got) {
			want += clipLogit(got[i+1].logit)
		}
		if u.Score != prob(want) {
			t.Errorf("unit %d: %.4f, want %.4f", i, u.Score, prob(want))
		}
	}
	for _, u := range Extract(text, Options{Lang: "de", Split: "lines", Genre: GenreNews}) {
		if u.Score != prob(u.logit) {
			t.Errorf("a line is read by the second stage: %.4f, first stage %.4f", u.Score, prob(u.logit))
		}
	}
	scorer2 = stage2{}
	for i, u := range Extract(text, Options{Lang: "de"}) {
		if u.Score != prob(u.logit) || u.logit != got[i].logit {
			t.Errorf("without a second stage, unit %d: %.4f, first stage %.4f", i, u.Score, prob(u.logit))
		}
	}
}

// articleRows are invented news articles: facts with numbers come in
// runs, and half of the articles are mostly opinion.
func articleRows() []TrainRow {
	facts := []string{"Die Exporte stiegen 2024 um 3 Prozent.", "Der Rat beschloss am Montag 12 Gesetze.", "Im Mai waren es 400 Fälle."}
	views := []string{"Das finde ich schön.", "Was soll das?", "Man wird sehen."}
	var rows []TrainRow
	for a := 0; a < 40; a++ {
		var sents []string
		var worthy []bool
		for k := 0; k < 6; k++ {
			fact := (a%2 == 0 && k < 4) || (a%2 == 1 && k == 5)
			if fact {
				sents, worthy = append(sents, facts[(a+k)%3]), append(worthy, true)
			} else {
				sents, worthy = append(sents, views[(a+k)%3]), append(worthy, false)
			}
		}
		doc := strings.Join(sents, " ")
		pos := 0
		for k, s := range sents {
			rows = append(rows, TrainRow{Text: s, Lang: "de", Genre: GenreNews, Doc: doc, Start: pos, End: pos + len(s), Worthy: worthy[k], Group: fmt.Sprint("a", a)})
			pos += len(s) + 1
		}
	}
	return rows
}

// TestFitStage2 checks that Fit fits a second stage over articles, writes
// it, reads it back, and that a fit without articles has none.
func TestFitStage2(t *testing.T) {
	rows := articleRows()
	cfg := FitConfig{Folds: 2, Lambdas: []float64{1e-4}, Epochs: 3}
	f, err := Fit(rows, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !f.s2.on || f.s2.w[0][s2Own] <= 0 || f.Thresholds2[0] == 0 {
		t.Fatalf("second stage %+v, thresholds %v", f.s2, f.Thresholds2)
	}
	var note bool
	for _, n := range f.Notes {
		note = note || strings.HasPrefix(n, "second stage: CV news German F1")
	}
	if !note {
		t.Fatalf("no note of the second stage: %q", f.Notes)
	}
	var a, b bytes.Buffer
	f.WriteTo(&a)
	g, _ := Fit(rows, cfg)
	g.WriteTo(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two fits of the same rows differ")
	}
	s2, err := parseStage2(a.String())
	if err != nil || s2 != f.s2 {
		t.Fatalf("second stage read back %+v (%v), fitted %+v", s2, err, f.s2)
	}
	cfg.NoStage2 = true
	if h, _ := Fit(rows, cfg); h.s2.on {
		t.Fatal("NoStage2: a second stage is fitted")
	}
	if h, _ := Fit(handRows(), FitConfig{Folds: 2, Lambdas: []float64{1e-4}, Epochs: 3}); h.s2.on {
		t.Fatal("rows without articles: a second stage is fitted")
	}
}

// TestStage2Parts checks that the parts of a unit's logit the second stage
// reads are the sums the first stage adds: its own features' weights and
// its neighbours' features' context weights, and that they reach the
// second stage's inputs (clipped like the logits).
func TestStage2Parts(t *testing.T) {
	m := linModel{w: make([]float32, nWeights), ctx: DefaultContext}
	rng := rand.New(rand.NewPCG(9, 10))
	for i := range m.w {
		m.w[i] = float32(rng.NormFloat64() * 0.3)
	}
	xs := make([][nFeat]float64, 3)
	for i := range xs {
		for f := range xs[i] {
			if rng.IntN(3) == 0 {
				xs[i][f] = rng.Float64()
			}
		}
	}
	raw := make([]s2Raw, len(xs))
	for i := range xs {
		raw[i] = m.rawPart(domNews, &xs[i], nonZeroFeats(&xs[i]))
	}
	pt := make([]s2Part, len(xs))
	s2Parts(raw, pt)
	for i := range xs {
		feat := 0.0
		for f, v := range xs[i] {
			feat += (float64(m.w[offDense+f]) + float64(m.w[offDense+nFeat*(1+domNews)+f])) * v
		}
		var before, after *[nFeat]float64
		if i > 0 {
			before = &xs[i-1]
		}
		if i+1 < len(xs) {
			after = &xs[i+1]
		}
		var cx ctxInputs
		contextInputs(place{index: i, para: 5}, false, CtxNeighbours, before, after, &cx)
		near := 0.0
		for k, v := range cx.v {
			near += (float64(m.w[offCtx+k]) + float64(m.w[offCtx+nCtx*(1+domNews)+k])) * float64(v)
		}
		if math.Abs(pt[i].feat-feat) > 1e-9 || math.Abs(pt[i].near-near) > 1e-9 || near == 0 {
			t.Errorf("unit %d: parts %+v, want features %.6f, neighbours %.6f", i, pt[i], feat, near)
		}
	}
	m.ctx = CtxPosition | CtxLanguage // no neighbours read: no neighbours' part
	if r := m.rawPart(domNews, &xs[0], nonZeroFeats(&xs[0])); r.asBefore != 0 || r.asAfter != 0 || r.feat != raw[0].feat {
		t.Errorf("without CtxNeighbours: %+v", r)
	}
	z := []float64{1, 2, 3}
	d := s2Stats(z)
	var x [nS2]float64
	s2Inputs(z, []s2Part{{}, {feat: 20, near: -0.5}, {}}, 1, &d, &x)
	if x[s2Feat] != s2Clip || x[s2Near] != -0.5 {
		t.Errorf("inputs of the parts: %v", x)
	}
}

// TestStage2PartsLongText checks the parts of a text of more units than
// articleSum keeps in its array (the rest are appended) against the fit's
// reading of the same text.
func TestStage2PartsLongText(t *testing.T) {
	shippedM, shipped := scorer, scorer2
	defer func() { scorer, scorer2 = shippedM, shipped }()
	m := linModel{w: make([]float32, nWeights), ctx: DefaultContext}
	rng := rand.New(rand.NewPCG(11, 12))
	for i := range m.w {
		m.w[i] = float32(rng.NormFloat64() * 0.3)
	}
	var s2 stage2
	s2.on = true
	s2.w[0][s2Own], s2.w[0][s2Feat], s2.w[0][s2Near] = 0.5, 1, -1
	scorer, scorer2 = m, s2
	sents := []string{"Die Preise stiegen um 5 Prozent.", "Das ist schön.", "Der Rat tagte am Montag in Berlin.", "Was soll das?"}
	var b strings.Builder
	for i := 0; i < 150; i++ {
		b.WriteString(sents[i%len(sents)] + " ")
	}
	text := strings.TrimSpace(b.String())
	units := Extract(text, Options{Lang: "de"})
	if len(units) != 150 {
		t.Fatalf("%d units", len(units))
	}
	fitted := &Fitted{model: m, Context: m.ctx, s2: s2}
	for _, i := range []int{0, 127, 128, 129, 149} {
		u := units[i]
		r := TrainRow{Text: u.Text, Lang: "de", Genre: GenreNews, Group: "doc", Doc: text, Start: u.Start, End: u.End}
		if s := fitted.Score(r); s != u.Score {
			t.Errorf("unit %d: %.4f in Extract, %.4f as a training row", i, u.Score, s)
		}
	}
}
