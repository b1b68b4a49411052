package main

import (
	"math"

	"claimdesk/claims/extract"
)

// fitter holds the hyper-parameters.
type fitter struct {
	nl     int     // number of languages
	lambda float64 // L2 penalty of the shared weights
	share  float64 // multiple of lambda penalising a language's offsets
}

// params are the shared weights, per-language offsets and biases.
type params struct {
	shared []float64
	offset [][]float64
	bias   []float64
}

// effective returns language l's weights.
func (f *fitter) effective(p params, l int) []float64 {
	w := make([]float64, len(p.shared))
	for i := range w {
		w[i] = p.shared[i] + p.offset[l][i]
	}
	return w
}

func predict(w []float64, b float64, x []float64) float64 {
	z := b
	for i, v := range x {
		z += w[i] * v
	}
	return 1 / (1 + math.Exp(-z))
}

// adam is one parameter vector's optimiser state.
type adam struct{ m, v []float64 }

func (a *adam) step(w, g []float64, it int) {
	const lr, b1, b2, eps = 0.05, 0.9, 0.999, 1e-8
	if a.m == nil {
		a.m, a.v = make([]float64, len(w)), make([]float64, len(w))
	}
	for i := range w {
		a.m[i] = b1*a.m[i] + (1-b1)*g[i]
		a.v[i] = b2*a.v[i] + (1-b2)*g[i]*g[i]
		mh := a.m[i] / (1 - math.Pow(b1, float64(it)))
		vh := a.v[i] / (1 - math.Pow(b2, float64(it)))
		w[i] -= lr * mh / (math.Sqrt(vh) + eps)
	}
}

// train fits the parameters by projected Adam steps on the weighted,
// L2-penalised log loss.
func (f *fitter) train(rows []row) params {
	lo, hi := limits()
	nf := len(lo)
	p := params{shared: make([]float64, nf), bias: make([]float64, f.nl)}
	gs, gb := make([]float64, nf), make([]float64, f.nl)
	gOff := make([][]float64, f.nl)
	var opt adam
	optB := adam{}
	optOff := make([]adam, f.nl)
	for l := 0; l < f.nl; l++ {
		p.offset = append(p.offset, make([]float64, nf))
		gOff[l] = make([]float64, nf)
	}
	total := 0.0
	for _, r := range rows {
		total += r.w
	}
	ws := make([][]float64, f.nl)
	for it := 1; it <= 1500; it++ {
		for l := range ws {
			ws[l] = f.effective(p, l)
			clear(gOff[l])
		}
		clear(gs)
		clear(gb)
		for _, r := range rows {
			d := (predict(ws[r.lang], p.bias[r.lang], r.x) - r.y) * r.w / total
			for i, x := range r.x {
				gs[i] += d * x
				gOff[r.lang][i] += d * x
			}
			gb[r.lang] += d
		}
		for i := range gs {
			gs[i] += f.lambda * p.shared[i]
		}
		opt.step(p.shared, gs, it)
		optB.step(p.bias, gb, it)
		for l := 0; l < f.nl; l++ {
			for i := range gOff[l] {
				gOff[l][i] += f.share * f.lambda * p.offset[l][i]
			}
			optOff[l].step(p.offset[l], gOff[l], it)
		}
		// Keep every weight, shared and effective, inside its limits.
		for i := range lo {
			p.shared[i] = math.Min(math.Max(p.shared[i], lo[i]), hi[i])
			for l := 0; l < f.nl; l++ {
				e := math.Min(math.Max(p.shared[i]+p.offset[l][i], lo[i]), hi[i])
				p.offset[l][i] = e - p.shared[i]
			}
		}
	}
	return p
}

type result struct {
	p, r, f1, t, lambda float64
}

// crossValidate returns per language the pooled out-of-fold figures at the
// language's best threshold.
func (f *fitter) crossValidate(rows []row, k int) []result {
	pred := make([]float64, len(rows))
	for fold := 0; fold < k; fold++ {
		var tr []row
		for _, r := range rows {
			if extract.Fold(r.id, k) != fold {
				tr = append(tr, r)
			}
		}
		p := f.train(tr)
		for i, r := range rows {
			if extract.Fold(r.id, k) == fold {
				pred[i] = predict(f.effective(p, r.lang), p.bias[r.lang], r.x)
			}
		}
	}
	res := make([]result, f.nl)
	for l := range res {
		res[l] = result{f1: -1, lambda: f.lambda}
		for t := 0.05; t < 0.951; t += 0.01 {
			pr, rc, f1 := prf(rows, pred, t, l)
			if f1 > res[l].f1 {
				res[l] = result{p: pr, r: rc, f1: f1, t: t, lambda: f.lambda}
			}
		}
	}
	return res
}

func prf(rows []row, pred []float64, t float64, lang int) (p, r, f1 float64) {
	var tp, fp, fn float64
	for i, row := range rows {
		if row.lang != lang {
			continue
		}
		switch {
		case pred[i] >= t && row.y == 1:
			tp++
		case pred[i] >= t:
			fp++
		case row.y == 1:
			fn++
		}
	}
	if tp == 0 {
		return 0, 0, 0
	}
	p, r = tp/(tp+fp), tp/(tp+fn)
	return p, r, 2 * p * r / (p + r)
}
