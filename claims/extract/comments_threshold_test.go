package extract

import (
	"math"
	"testing"
)

// A lone threshold of perfect F1 between two poor ones loses, under the
// smooth rule, to a plateau of steady F1.
func TestSmoothThresholdPrefersPlateau(t *testing.T) {
	var ps []float64
	var ys []bool
	add := func(n int, p float64, y bool) {
		for i := 0; i < n; i++ {
			ps, ys = append(ps, p), append(ys, y)
		}
	}
	add(4, 0.30, true)   // the spike: all four caught at 0.30 only …
	add(30, 0.29, false) // … with thirty just below it
	add(6, 0.80, true)   // the plateau: 0.31–0.80 catch these six alone
	th, f1 := chooseThreshold(ps, ys, ThresholdF1)
	if th != 0.30 || f1 != 1 {
		t.Fatalf("F1 rule: threshold %.2f F1 %.3f, want 0.30 and 1", th, f1)
	}
	th, f1 = chooseThreshold(ps, ys, ThresholdSmooth)
	if th <= 0.30 || th > 0.80 || math.Abs(f1-0.75) > 1e-9 {
		t.Errorf("smooth rule: threshold %.2f F1 %.3f, want one in (0.30, 0.80] with F1 0.75", th, f1)
	}
}

// heldOutF1 counts each fold with a stacking fitted without it: two folds
// whose input points opposite ways score 0 held out, though the stacking
// fitted on both would call every comment check-worthy (F1 2/3).
func TestHeldOutF1NeverSeesItsFold(t *testing.T) {
	var xs [][nStack]float64
	var ys []bool
	var folds []int
	for fold, sign := range []float64{1, -1} {
		for i := 0; i < 20; i++ {
			var x [nStack]float64
			x[0], x[1+svWhole] = 1, 1
			if i%2 == 1 {
				x[1+svWhole] = -1
			}
			xs = append(xs, x)
			ys = append(ys, x[1+svWhole]*sign > 0)
			folds = append(folds, fold)
		}
	}
	if f1 := stackF1(xs, ys); math.Abs(f1-2.0/3) > 1e-9 {
		t.Fatalf("in-sample stacked F1 %.3f, want 2/3", f1)
	}
	for _, rule := range []string{ThresholdF1, ThresholdF1Macro, ThresholdSmooth} {
		if f1 := heldOutF1(xs, ys, folds, 2, rule); f1 != 0 {
			t.Errorf("rule %s: held-out F1 %.3f, want 0", rule, f1)
		}
	}
}
