package extract

import (
	"math"
	"math/rand/v2"
	"testing"
)

// randFeatureRow returns made-up features: zeros of both signs, negative
// and tiny values, an infinity now and then.
func randFeatureRow(rng *rand.Rand) [nFeat]float64 {
	var x [nFeat]float64
	for f := range x {
		switch rng.IntN(7) {
		case 0:
			x[f] = math.Copysign(0, -1)
		case 1:
			x[f] = rng.Float64()
		case 2:
			x[f] = -rng.Float64()
		case 3:
			x[f] = 1e-300
		case 4:
			if rng.IntN(20) == 0 {
				x[f] = math.Inf(1)
			}
		}
	}
	return x
}

// TestNonZeroFeats checks that the mask holds exactly the non-zero
// features and that next visits them in index order.
func TestNonZeroFeats(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	if nonZeroFeats(nil) != 0 {
		t.Fatal("nonZeroFeats(nil) != 0")
	}
	for range 2000 {
		x := randFeatureRow(rng)
		m := nonZeroFeats(&x)
		var want []int
		for f, v := range x {
			if v != 0 {
				want = append(want, f)
			}
		}
		var got []int
		for it := m; it != 0; {
			got = append(got, it.next())
		}
		if len(got) != len(want) {
			t.Fatalf("features %v: mask visits %v, want %v", x, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("features %v: mask visits %v, want %v", x, got, want)
			}
		}
	}
}

// TestMaskedFeatureLoops checks bit for bit, against the loops over all
// nFeat features that the masks replaced, the article sums (addMean
// added every feature, zeros too), the raw parts, the neighbour inputs and
// the features' part of a logit, sealed and not.
func TestMaskedFeatureLoops(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	m := linModel{w: make([]float32, nWeights), ctx: DefaultContext}
	for k := range m.w {
		m.w[k] = float32(rng.NormFloat64())
	}
	for range 300 {
		var s articleSum
		var dense [nFeat]float64
		for range rng.IntN(6) {
			x := randFeatureRow(rng)
			s.addMean(&x, nonZeroFeats(&x))
			for f, v := range x {
				dense[f] += v
			}
		}
		for f := range dense {
			if math.Float64bits(s.sum[f]) != math.Float64bits(dense[f]) {
				t.Fatalf("sum of feature %d: %v, want %v", f, s.sum[f], dense[f])
			}
		}
		x := randFeatureRow(rng)
		dom := rng.IntN(nDom)
		if got, want := m.rawPart(dom, &x, nonZeroFeats(&x)), denseRawPart(&m, dom, &x); !sameRaw(got, want) {
			t.Fatalf("raw part %v, want %v", got, want)
		}
		var cx ctxInputs
		cx.setNeighbour(cxAfter, &x, nonZeroFeats(&x))
		for f, v := range x {
			if want := float32(neighbourScale * v); v != 0 && math.Float32bits(cx.v[cxAfter+f]) != math.Float32bits(want) || v == 0 && cx.v[cxAfter+f] != 0 {
				t.Fatalf("neighbour input %d = %v for feature %v", f, cx.v[cxAfter+f], v)
			}
		}
		var a analysis
		a.x = x
		want := float64(m.w[offBias]) + float64(m.w[offBias+1+dom])
		for f, v := range x {
			if v != 0 {
				want += (float64(m.w[offDense+f]) + float64(m.w[offDense+nFeat*(1+dom)+f])) * v
			}
		}
		for _, seal := range []bool{false, true} {
			if seal {
				a.seal()
			}
			got, _ := m.scoreLogit("", &a, &ctxInputs{}, nil, dom, nil)
			if math.Float64bits(got) != math.Float64bits(want) && !(math.IsNaN(got) && math.IsNaN(want)) {
				t.Fatalf("logit (sealed %v) %v, want %v", seal, got, want)
			}
		}
	}
}

// denseRawPart is rawPart as a loop over all features that skips the
// zeros.
func denseRawPart(m *linModel, dom int, x *[nFeat]float64) s2Raw {
	var r s2Raw
	w := m.w
	for f, v := range x {
		if v == 0 {
			continue
		}
		r.feat += (float64(w[offDense+f]) + float64(w[offDense+nFeat*(1+dom)+f])) * v
		c := float64(float32(neighbourScale * v))
		r.asBefore += (float64(w[offCtx+cxBefore+f]) + float64(w[offCtx+nCtx*(1+dom)+cxBefore+f])) * c
		r.asAfter += (float64(w[offCtx+cxAfter+f]) + float64(w[offCtx+nCtx*(1+dom)+cxAfter+f])) * c
	}
	return r
}

// sameRaw reports whether two raw parts have the same bits (NaN equal to
// NaN).
func sameRaw(a, b s2Raw) bool {
	same := func(x, y float64) bool {
		return math.Float64bits(x) == math.Float64bits(y) || math.IsNaN(x) && math.IsNaN(y)
	}
	return same(a.feat, b.feat) && same(a.asBefore, b.asBefore) && same(a.asAfter, b.asAfter)
}
