package extract

import (
	"strings"
	"sync"
	"unsafe"
)

// lexTable is a read-only copy of a lexicon as an open-addressing hash
// table: the tokenizer looks up every word of a text, and this costs less
// than a Go map (a cheaper hash of a short string, one probe mostly).
// It answers exactly as the lexicon does; TestLexTable checks that.
type lexTable struct {
	slots []lexSlot // a power of two in length, at most half full
	// tags holds a byte of each slot's hash (lexTag), 0 for an empty slot:
	// most words of a text are in no lexicon, and their look-up reads only
	// this small array, not the slots.
	tags []uint8
	mask uint32
	// roleHeads: the lexicon has the German role heads (roleOf).
	roleHeads bool
}

type lexSlot struct {
	key string
	cat category // 0: an empty slot (the lexicons hold no word without a category)
}

// newLexTable copies lex into a table. Words without a category are left
// out: looking them up gives 0 either way.
func newLexTable(lex map[string]category) *lexTable {
	n := 16
	for n < 2*len(lex) {
		n *= 2
	}
	t := &lexTable{slots: make([]lexSlot, n), tags: make([]uint8, n), mask: uint32(n - 1)}
	// The keys are copied into one string, so that the words compared
	// with lie close together in memory (the lexicon's own strings are
	// scattered over the heap).
	var b strings.Builder
	words := make([]string, 0, len(lex))
	for w, c := range lex {
		if c != 0 {
			b.WriteString(w)
			words = append(words, w)
		}
	}
	keys := b.String()
	for _, w := range words {
		c := lex[w]
		w, keys = keys[:len(w)], keys[len(w):]
		h := lexHash(w)
		i := h & t.mask
		for t.tags[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = lexSlot{w, c}
		t.tags[i] = lexTag(h)
	}
	t.roleHeads = lex[roleHeads[0]]&cRole != 0
	return t
}

// get returns the categories of the lower-case word w.
func (t *lexTable) get(w string) category {
	h := lexHash(w)
	tag := lexTag(h)
	i := h & t.mask
	for {
		switch t.tags[i] {
		case 0:
			return 0
		case tag:
			if s := &t.slots[i]; len(s.key) == len(w) && s.key == w {
				return s.cat
			}
		}
		i = (i + 1) & t.mask
	}
}

// lexTag is the tag of a word's hash h: its top byte, never 0 (the slot
// index takes the low bits).
func lexTag(h uint32) uint8 { return uint8(h>>24) | 1 }

// lexHash hashes a word from its length and its first and last eight bytes.
func lexHash(w string) uint32 {
	n := len(w)
	h := uint64(n) * 0x9e3779b97f4a7c15
	if n >= 8 {
		h ^= le64(w[:8]) * 0xc2b2ae3d27d4eb4f
		h ^= le64(w[n-8:]) * 0x165667b19e3779f9
	} else {
		var x uint64
		for i := 0; i < n; i++ {
			x |= uint64(w[i]) << (8 * i)
		}
		h ^= x * 0xc2b2ae3d27d4eb4f
	}
	h ^= h >> 31
	h *= 0x94d049bb133111eb
	h ^= h >> 29
	return uint32(h)
}

// le64 reads eight bytes of s (len(s) >= 8) as a little-endian number.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// The tables of lexDE and lexEN, built on first use (after the lexicons'
// init has filled them; they are only read afterwards).
var (
	lexTablesOnce      sync.Once
	lexTabDE, lexTabEN *lexTable
)

func buildLexTables() {
	lexTabDE, lexTabEN = newLexTable(lexDE), newLexTable(lexEN)
}

// mapID returns what identifies a map: the pointer a map value is.
func mapID(m lexicon) unsafe.Pointer { return *(*unsafe.Pointer)(unsafe.Pointer(&m)) }

// tableOf returns the table of lexDE or lexEN, nil for another lexicon.
func tableOf(lex lexicon) *lexTable {
	lexTablesOnce.Do(buildLexTables)
	switch mapID(lex) {
	case mapID(lexDE):
		return lexTabDE
	case mapID(lexEN):
		return lexTabEN
	}
	return nil
}

// lexCat returns the categories lex gives word w, by its table tab when
// it has one (tab is tableOf(lex)).
func lexCat(tab *lexTable, lex lexicon, w string) category {
	if tab != nil {
		return tab.get(w)
	}
	return lex[w]
}

// deTable returns the table of lexDE.
func deTable() *lexTable {
	lexTablesOnce.Do(buildLexTables)
	return lexTabDE
}
