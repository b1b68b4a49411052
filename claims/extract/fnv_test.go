package extract

import (
	"math/rand/v2"
	"testing"
)

// TestFnvAdd checks fnvAdd against FNV-1a byte by byte for every length
// up to 40 and every start value tried.
func TestFnvAdd(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n <= 40; n++ {
		for r := 0; r < 20; r++ {
			b := make([]byte, n)
			for i := range b {
				b[i] = byte(rng.IntN(256))
			}
			h0 := rng.Uint32()
			want := h0
			for _, c := range b {
				want = (want ^ uint32(c)) * fnvPrime
			}
			if got := fnvAdd(h0, string(b)); got != want {
				t.Fatalf("fnvAdd(%#x, %q) = %#x, want %#x", h0, b, got, want)
			}
		}
	}
}

// TestFnvAddFixed checks the unrolled fnvAdd5 and fnvAdd3 against fnvAdd
// of the first five and three bytes, on random strings of five to twelve
// bytes.
func TestFnvAddFixed(t *testing.T) {
	rng := rand.New(rand.NewPCG(19, 20))
	for range 2000 {
		b := make([]byte, 5+rng.IntN(8))
		for i := range b {
			b[i] = byte(rng.IntN(256))
		}
		h0 := rng.Uint32()
		if got, want := fnvAdd5(h0, string(b)), fnvAdd(h0, string(b[:5])); got != want {
			t.Fatalf("fnvAdd5(%#x, %q) = %#x, want %#x", h0, b, got, want)
		}
		if got, want := fnvAdd3(h0, string(b)), fnvAdd(h0, string(b[:3])); got != want {
			t.Fatalf("fnvAdd3(%#x, %q) = %#x, want %#x", h0, b, got, want)
		}
	}
}
