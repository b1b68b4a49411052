package extract

import (
	"math"
	"math/rand"
	"testing"
)

// TestClipLogit compares clipLogit, written with the built-in max and min,
// bit for bit with math.Max and math.Min, as it was written before: NaN,
// signed zeros, infinities, the limits and random numbers.
func TestClipLogit(t *testing.T) {
	zs := []float64{math.NaN(), 0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), s2Clip, -s2Clip,
		math.Nextafter(s2Clip, 0), math.Nextafter(s2Clip, 100), math.SmallestNonzeroFloat64}
	rng := rand.New(rand.NewSource(1))
	for range 10000 {
		zs = append(zs, (rng.Float64()-0.5)*4*s2Clip)
	}
	for _, z := range zs {
		got, want := clipLogit(z), math.Max(-s2Clip, math.Min(s2Clip, z))
		if math.Float64bits(got) != math.Float64bits(want) && !(math.IsNaN(got) && math.IsNaN(want)) {
			t.Fatalf("clipLogit(%v) = %v, want %v", z, got, want)
		}
	}
}
