package extract

// termCache remembers the summed weights of the word inputs an extraction
// has looked up in the model's hashTable: the words of news text repeat
// ("der", "die", "sagte", "der Regierung"), and about two inputs in five
// of a German article were looked up before, in it or in an article read
// before with the same pooled work. A hit costs one probe of a small array
// instead of two hashes and two look-ups in a table of 1.5 MB. An entry
// holds w[g] + w[d] of one term hash, the very float64 sum weights forms,
// so a unit's values and scores are the same bit for bit
// (TestTermCacheLikeTable).
type termCache struct {
	tab *hashTable // the table the entries come from (nil: none yet)
	dom int        // and their domain
	e   *[termCacheSize]termEntry
}

// termCacheBits sets the size of a termCache: 8,192 entries, 128 KB.
const (
	termCacheBits = 13
	termCacheSize = 1 << termCacheBits
)

// termEntry is one remembered term: key is its hash with bit 32 set (0:
// an empty entry), v the sum of its two weights.
type termEntry struct {
	key uint64
	v   float64
}

// termSlot returns the entry index of a term hash.
func termSlot(h uint32) uint32 { return h * 0x9e3779b1 >> (32 - termCacheBits) }

// use readies c for the terms of table t in domain dom, emptying it when
// they differ from those it holds.
func (c *termCache) use(t *hashTable, dom int) {
	if c.e == nil {
		c.e = new([termCacheSize]termEntry)
	} else if c.tab != t || c.dom != dom {
		clear(c.e[:])
	}
	c.tab, c.dom = t, dom
}

// weights is t.weights (tv[i] = (w[g] + w[d]) * sc for the term ts[i],
// at most hashBatch of them, in domain dom) answered from c where it can:
// the terms not in c are looked up in t in one batch and put into c.
func (c *termCache) weights(t *hashTable, ts []term, dom int, sc float64, tv *[hashBatch]float64) {
	if c.tab != t || c.dom != dom || c.e == nil {
		c.use(t, dom)
	}
	e := c.e
	var miss [hashBatch]uint8 // the terms not in c, by index in ts
	var at [2 * hashBatch]uint32
	n := min(len(ts), hashBatch)
	nm := 0
	salt := domainSalt[dom]
	for i := range ts[:n] {
		h := ts[i].h
		if x := &e[termSlot(h)]; x.key == uint64(h)|1<<32 {
			tv[i] = x.v * sc
			continue
		}
		g, d := saltedSlots(h, salt)
		at[2*nm], at[2*nm+1] = t.place(g), t.place(d)
		miss[nm] = uint8(i)
		nm++
	}
	vals, dict := t.vals, t.dict64
	for j, i := range miss[:nm] {
		h := ts[i].h
		v := dict[vals[at[2*j]]] + dict[vals[at[2*j+1]]]
		e[termSlot(h)] = termEntry{uint64(h) | 1<<32, v}
		tv[i] = v * sc
	}
}
