package extract

// phraseTable finds the category of a two-word phrase ("according to")
// from its two words, without joining them: an open-addressing table of
// the phrase map's keys ("first second") by an FNV-1a hash of their bytes,
// which the look-up computes over the first word, a space and the second.
type phraseTable struct {
	keys []string // "" empty; a power of two in length, at most half full
	cats []category
}

// newPhraseTable returns the table of the phrases of m.
func newPhraseTable(m map[string]category) *phraseTable {
	size := 16
	for size < 2*len(m) {
		size *= 2
	}
	t := &phraseTable{keys: make([]string, size), cats: make([]category, size)}
	for k, c := range m {
		if k == "" {
			continue // no pair of words reads as ""
		}
		i := phHash(phOffset, k) & uint64(size-1)
		for t.keys[i] != "" {
			i = (i + 1) & uint64(size-1)
		}
		t.keys[i], t.cats[i] = k, c
	}
	return t
}

const phOffset, phPrime = 14695981039346656037, 1099511628211

// phHash adds the bytes of s to the 64-bit FNV-1a hash h.
func phHash(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * phPrime
	}
	return h
}

// get returns the category of the phrase "a b" (0: none), as the map the
// table was built from would.
func (t *phraseTable) get(a, b string) category {
	h := phHash((phHash(phOffset, a)^' ')*phPrime, b)
	n := len(a) + 1 + len(b)
	for i := h & uint64(len(t.keys)-1); ; i = (i + 1) & uint64(len(t.keys)-1) {
		k := t.keys[i]
		if k == "" {
			return 0
		}
		if len(k) == n && k[len(a)] == ' ' && k[:len(a)] == a && k[len(a)+1:] == b {
			return t.cats[i]
		}
	}
}
