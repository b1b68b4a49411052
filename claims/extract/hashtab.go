package extract

import (
	"math"
	"math/bits"
)

// hashTable holds the hashed word weights of a model (the first nHash
// entries of its weight vector) in a compact form for scoring. The dense
// vector takes 4 bytes for each of the 2^hashBits buckets, so the two
// random look-ups of every word of real text miss the processor's caches;
// about a quarter of the buckets hold a weight, and the fitted weights
// take few distinct values (whole thousandths). So the table keeps, for
// each block of 64 buckets, a bit per bucket (is its weight non-zero) and
// the count of weights before the block, and for each non-zero bucket in
// bucket order a 16-bit index into the list of distinct weights:
// 12 bytes per 64 buckets plus 2 bytes per weight, under a fifth of the
// vector (1.5 MB for the shipped model), and 512 KB for dict64.
// A look-up returns the very float32 of the vector, so scores are the same
// bit for bit.
type hashTable struct {
	// blocks is an array, so that a block's index, masked, needs no
	// bounds check.
	blocks *[nHash / 64]hashBlock
	vals   []uint16  // vals[0] = 0, then per non-zero bucket in bucket order its index in dict
	dict   []float32 // dict[0] = 0, then the distinct non-zero weights
	// dict64 is dict as float64, as the scores sum them, in an array that
	// a 16-bit index cannot overrun: its reads need no bounds check.
	dict64 *[1 << 16]float64
}

// hashBlock covers 64 buckets: which of them are non-zero (bit i: bucket
// 64k+i), and the place in vals of its first non-zero bucket.
type hashBlock struct {
	lo, hi uint32
	base   uint32
}

// newHashTable compacts w[:nHash]; it returns nil when the weights take
// more distinct values than a 16-bit index holds (the dense vector is used
// then).
func newHashTable(w []float32) *hashTable {
	t := &hashTable{blocks: new([nHash / 64]hashBlock), dict: []float32{0}}
	n := 1
	for k := range t.blocks {
		var m uint64
		for i, v := range w[k*64 : k*64+64] {
			if nonZero(v) {
				m |= 1 << i
			}
		}
		t.blocks[k] = hashBlock{uint32(m), uint32(m >> 32), uint32(n)}
		n += bits.OnesCount64(m)
	}
	t.vals = make([]uint16, 1, n)
	index := map[uint32]uint16{}
	for _, v := range w[:nHash] {
		if !nonZero(v) {
			continue
		}
		x, ok := index[math.Float32bits(v)]
		if !ok {
			if len(t.dict) == 1<<16 {
				return nil
			}
			x = uint16(len(t.dict))
			index[math.Float32bits(v)] = x
			t.dict = append(t.dict, v)
		}
		t.vals = append(t.vals, x)
	}
	t.dict64 = new([1 << 16]float64)
	for i, v := range t.dict {
		t.dict64[i] = float64(v)
	}
	return t
}

// nonZero reports whether v differs from +0 in its bits.
func nonZero(v float32) bool { return math.Float32bits(v) != 0 }

// at returns the weight of bucket b.
func (t *hashTable) at(b int) float32 {
	return t.dict[t.vals[t.place(b)]]
}

// place returns the index in vals of bucket b: 0 when its weight is zero.
func (t *hashTable) place(b int) uint32 {
	k := &t.blocks[b>>6&(nHash/64-1)] // b < nHash: the mask changes nothing
	m := uint64(k.lo) | uint64(k.hi)<<32
	bit := uint(b & 63)
	in := uint32(m>>bit) & 1
	return (k.base + uint32(bits.OnesCount64(m&(1<<bit-1)))) & -in
}

// hashBatch is the number of word inputs whose weights are read at once.
const hashBatch = 64

// weights sets tv[i] to (w[g] + w[d]) * sc for the buckets g and d of the
// word input ts[i] (at most hashBatch) in domain dom, as float64 sums of
// the float32 weights. The look-ups run in passes of independent loads
// (the buckets' blocks, then the values), so that many are under way at
// once.
func (t *hashTable) weights(ts []term, dom int, sc float64, tv *[hashBatch]float64) {
	var at [2 * hashBatch]uint32
	n := min(len(ts), hashBatch)
	salt := domainSalt[dom]
	for i := range ts[:n] {
		g, d := saltedSlots(ts[i].h, salt)
		at[2*i], at[2*i+1] = t.place(g), t.place(d)
	}
	vals, dict := t.vals, t.dict64
	for i := range ts[:n] {
		tv[i] = (dict[vals[at[2*i]]] + dict[vals[at[2*i+1]]]) * sc
	}
}
