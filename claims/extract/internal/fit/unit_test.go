package main

import (
	"math"
	"testing"

	"claimdesk/claims/extract"
)

// TestTrainUnitSigns fits synthetic rows whose label follows the first
// whole-text feature and goes against a feature signed for
// check-worthiness; that weight must stay at zero, the first must grow.
func TestTrainUnitSigns(t *testing.T) {
	signs := extract.UnitFeatureSigns()
	pos := -1
	for i, s := range signs {
		if i > 0 && s > 0 {
			pos = i
			break
		}
	}
	if signs[0] <= 0 || pos < 0 {
		t.Fatalf("signs %v", signs)
	}
	lo, hi := make([]float64, len(signs)), make([]float64, len(signs))
	for i, s := range signs {
		lo[i], hi[i] = math.Inf(-1), math.Inf(1)
		if s > 0 {
			lo[i] = 0
		} else if s < 0 {
			hi[i] = 0
		}
	}
	var rows []row
	for i := 0; i < 200; i++ {
		x := make([]float64, len(signs))
		y := 0.0
		if i%2 == 0 {
			x[0], y = 1, 1
		} else {
			x[pos] = 1
		}
		rows = append(rows, row{x: x, y: y, w: 1})
	}
	w, _ := trainUnit(rows, 0.001, lo, hi)
	if w[0] < 1 || w[pos] != 0 {
		t.Fatalf("weights %v", w)
	}
	for i := range w {
		if w[i] < lo[i] || w[i] > hi[i] {
			t.Fatalf("weight %d = %v outside [%v, %v]", i, w[i], lo[i], hi[i])
		}
	}
}
