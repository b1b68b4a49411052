package extract

import (
	"math"
	"testing"
)

// TestHashTable checks the compact weights against the dense vector they
// come from: every bucket bit for bit, and the batched sums of word inputs.
func TestHashTable(t *testing.T) {
	m := scorer
	if m.tab == nil {
		t.Fatal("the shipped model has no compact table")
	}
	for b := 0; b < nHash; b++ {
		if got, want := m.tab.at(b), m.w[b]; math.Float32bits(got) != math.Float32bits(want) {
			t.Fatalf("bucket %d: %v, want %v", b, got, want)
		}
	}
	dense := linModel{w: m.w}
	ts := terms(germanNewsText, (&tokenizer{}).tokenize(germanNewsText, lexDE), nil)
	if len(ts) < hashBatch {
		t.Fatalf("only %d terms", len(ts))
	}
	for dom := 0; dom < nDom; dom++ {
		var a, b [hashBatch]float64
		m.termValues(ts[:hashBatch], dom, 0.37, &a)
		dense.termValues(ts[:hashBatch], dom, 0.37, &b)
		for i := range a {
			if math.Float64bits(a[i]) != math.Float64bits(b[i]) {
				t.Fatalf("domain %d, term %d: %v, want %v", dom, i, a[i], b[i])
			}
		}
	}
}

// TestHashTableSigns checks a hand-made vector: negative zero and other
// values kept, too many distinct values refused.
func TestHashTableSigns(t *testing.T) {
	w := make([]float32, nHash)
	w[1], w[64], w[65], w[nHash-1] = float32(math.Copysign(0, -1)), 0.25, -1.5, 0.25
	tab := newHashTable(w)
	for _, b := range []int{0, 1, 2, 63, 64, 65, 66, nHash - 2, nHash - 1} {
		if got := tab.at(b); math.Float32bits(got) != math.Float32bits(w[b]) {
			t.Errorf("bucket %d: %v, want %v", b, got, w[b])
		}
	}
	for i := range 1<<16 + 1 {
		w[i] = float32(i + 1)
	}
	if newHashTable(w) != nil {
		t.Error("65,537 distinct weights: want no table")
	}
}

// TestSaltedSlots checks saltedSlots, and slots through it, against the
// buckets' definition: the shared bucket from the hash mixed, the domain
// bucket from the hash with the domain's salt mixed, for random hashes.
func TestSaltedSlots(t *testing.T) {
	h := uint32(2166136261)
	for n := 0; n < 20000; n++ {
		h = h*1664525 + 1013904223
		for dom := 0; dom < nDom; dom++ {
			wg, wd := int(mix(h)%nHash), int(mix(h^domainSalt[dom])%nHash)
			if g, d := saltedSlots(h, domainSalt[dom]); g != wg || d != wd {
				t.Fatalf("saltedSlots(%#x, dom %d) = %d, %d; want %d, %d", h, dom, g, d, wg, wd)
			}
			if g, d := slots(h, dom); g != wg || d != wd {
				t.Fatalf("slots(%#x, %d) = %d, %d; want %d, %d", h, dom, g, d, wg, wd)
			}
		}
	}
}
