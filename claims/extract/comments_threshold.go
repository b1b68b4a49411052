package extract

// Threshold rules of the comment model's stacking, and a held-out measure
// to compare them: the stacked F1 FitComments reports takes the best
// threshold of the very scores it counts, which cannot tell one rule from
// another.

// Threshold rules (CommentsConfig.ThresholdRule).
const (
	ThresholdF1      = "f1"       // the threshold of the best F1
	ThresholdF1Macro = "f1+macro" // the best F1 plus macro-F1
	ThresholdSmooth  = "smooth"   // the best mean F1 over the threshold and its two neighbours each side
)

// chooseThreshold returns the threshold of the stacked scores ps by rule
// (ThresholdF1 for an unknown one) and the F1 there.
func chooseThreshold(ps []float64, ys []bool, rule string) (float64, float64) {
	switch rule {
	case ThresholdF1Macro:
		return bestThreshold(ps, ys, true)
	case ThresholdSmooth:
		return smoothThreshold(ps, ys)
	}
	return bestThreshold(ps, ys, false)
}

// smoothThreshold is bestThreshold's grid (0.05 … 0.95) with each F1
// replaced by the mean F1 of the thresholds within 0.02 of it.
func smoothThreshold(ps []float64, ys []bool) (float64, float64) {
	const lo, hi = 5, 95
	var f [hi + 1]float64
	for i := lo; i <= hi; i++ {
		f[i] = countAt(ps, ys, float64(i)/100).f1()
	}
	bestT, bestF, bestS := 0.5, -1.0, -1.0
	for i := lo; i <= hi; i++ {
		s, n := 0.0, 0
		for j := max(lo, i-2); j <= min(hi, i+2); j++ {
			s += f[j]
			n++
		}
		if s /= float64(n); s > bestS+1e-12 {
			bestT, bestF, bestS = float64(i)/100, f[i], s
		}
	}
	return bestT, bestF
}

// heldOutF1 is the F1 of the stacking with threshold rule rule on
// comments it did not see: for each fold k of folds (0 … nf-1), the
// stacking and its threshold are fitted on the inputs xs of the other
// folds and count on fold k.
func heldOutF1(xs [][nStack]float64, ys []bool, folds []int, nf int, rule string) float64 {
	var c counts
	for k := 0; k < nf; k++ {
		var fx [][nStack]float64
		var fy []bool
		for i := range xs {
			if folds[i] != k {
				fx, fy = append(fx, xs[i]), append(fy, ys[i])
			}
		}
		st := fitStack(fx, fy)
		th, _ := chooseThreshold(stackProbs(st, fx), fy, rule)
		var hx [][nStack]float64
		var hy []bool
		for i := range xs {
			if folds[i] == k {
				hx, hy = append(hx, xs[i]), append(hy, ys[i])
			}
		}
		h := countAt(stackProbs(st, hx), hy, th)
		c.tp, c.fp, c.fn, c.tn = c.tp+h.tp, c.fp+h.fp, c.fn+h.fn, c.tn+h.tn
	}
	return c.f1()
}
