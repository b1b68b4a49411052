package benchstat

import (
	"testing"
	"time"
)

func TestQuantile(t *testing.T) {
	xs := []float64{5, 1, 4, 2, 3, 10, 9, 8, 7, 6}
	for q, want := range map[float64]float64{0.5: 5, 0.95: 10, 0.1: 1, 0: 1, 1: 10} {
		if got := Quantile(xs, q); got != want {
			t.Errorf("Quantile(%v) = %v, want %v", q, got, want)
		}
	}
	if xs[0] != 5 {
		t.Error("input sorted in place")
	}
	if Quantile(nil, 0.5) != 0 {
		t.Error("empty input")
	}
	if MS(1500*time.Microsecond) != 1.5 {
		t.Error("MS")
	}
}
