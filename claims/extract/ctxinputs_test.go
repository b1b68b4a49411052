package extract

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestCtxInputsMask checks that the mask of non-zero context inputs is
// exactly the set of inputs that are not zero, for the places and
// neighbours contextInputs meets and the article inputs.
func TestCtxInputsMask(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	randFeatures := func() *[nFeat]float64 {
		if rng.IntN(4) == 0 {
			return nil
		}
		var x [nFeat]float64
		for f := range x {
			switch rng.IntN(4) {
			case 0:
				x[f] = rng.Float64()
			case 1:
				x[f] = 1e-300 // zero once scaled to float32
			}
		}
		return &x
	}
	for n := 0; n < 2000; n++ {
		p := place{index: rng.IntN(3) - 1, para: rng.IntN(3), afterHeading: rng.IntN(2) == 0, repeat: rng.IntN(2) == 0}
		var cx ctxInputs
		mask := rng.IntN(1<<5) - 1 // CtxNone (-1) too
		contextInputs(p, rng.IntN(2) == 0, mask, randFeatures(), randFeatures(), &cx)
		articleInputs(mask, randFeatures(), &cx)
		for k, v := range cx.v {
			if on := cx.nz[k/64]&(1<<(k%64)) != 0; on != (v != 0) {
				t.Fatalf("input %d = %v, mask bit %v", k, v, on)
			}
		}
	}
}

// TestScoreLogitContext checks that the context's part of a logit, summed
// over the mask's inputs, is bit for bit the sum over all non-zero inputs
// in their order.
func TestScoreLogitContext(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	m := linModel{w: make([]float32, nWeights), ctx: DefaultContext}
	for k := offCtx; k < offBias+nDom+1; k++ {
		m.w[k] = float32(rng.NormFloat64())
	}
	var a analysis
	for n := 0; n < 500; n++ {
		var cx ctxInputs
		for k := range cx.v {
			if rng.IntN(3) == 0 {
				cx.set(k, float32(rng.NormFloat64()))
			}
		}
		dom := rng.IntN(nDom)
		got, _ := m.scoreLogit("", &a, &cx, nil, dom, nil)
		want := float64(m.w[offBias]) + float64(m.w[offBias+1+dom])
		for k, v := range cx.v {
			if v != 0 {
				want += (float64(m.w[offCtx+k]) + float64(m.w[offCtx+nCtx*(1+dom)+k])) * float64(v)
			}
		}
		if math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("logit %v, want %v", got, want)
		}
	}
}
