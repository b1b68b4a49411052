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
	// events has the bit eventBit of every word with cEventVerb: a word
	// whose bit is clear is no event verb, and isEventVerb skips its
	// look-up (most words after a verb prefix are none).
	events [eventBits / 64]uint64
	// words has the bit eventBit of every word of two bytes or more: a
	// word whose bit is clear is in no slot, and get answers 0 without
	// hashing it (most words of a text are in no lexicon).
	words [eventBits / 64]uint64
}

// eventBits is the size of lexTable.events and lexTable.words, a power of two.
const eventBits = 1 << 14

// eventBit returns the bit of a word of two bytes or more in
// lexTable.events: a hash of its length, first two and last two bytes.
func eventBit(w string) uint32 {
	n := len(w)
	k := uint32(w[0]) | uint32(w[1])<<8 | uint32(w[n-2])<<16 | uint32(w[n-1])<<24
	return ((k ^ uint32(n)*0x27d4eb2f) * 0x9e3779b1) >> (32 - 14)
}

// mayBeEvent reports whether w (two bytes or more) may have cEventVerb:
// false means it has not.
func (t *lexTable) mayBeEvent(w string) bool {
	b := eventBit(w)
	return t.events[b/64]&(1<<(b%64)) != 0
}

// lexSlot is one slot of a lexTable: a word and its categories.
type lexSlot struct {
	// head and tail are the word's first and last eight bytes (packWords):
	// with the length they are the whole of a word of up to 16 bytes.
	head, tail uint64
	n          int
	cat        category // 0: an empty slot (the lexicons hold no word without a category)
	key        string
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
		head, tail := packWords(w)
		h := lexHash(len(w), head, tail)
		i := h & t.mask
		for t.tags[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = lexSlot{head: head, tail: tail, n: len(w), cat: c, key: w}
		t.tags[i] = lexTag(h)
		if len(w) >= 2 {
			b := eventBit(w)
			t.words[b/64] |= 1 << (b % 64)
			if c&cEventVerb != 0 {
				t.events[b/64] |= 1 << (b % 64)
			}
		}
	}
	t.roleHeads = lex[roleHeads[0]]&cRole != 0
	return t
}

// get returns the categories of the lower-case word w.
func (t *lexTable) get(w string) category {
	n := len(w)
	if t.lacks(w) {
		return 0
	}
	head, tail := packWords(w)
	h := lexHash(n, head, tail)
	tag := lexTag(h)
	i := h & t.mask
	for {
		switch t.tags[i] {
		case 0:
			return 0
		case tag:
			if s := &t.slots[i]; s.holds(w, head, tail) {
				return s.cat
			}
		}
		i = (i + 1) & t.mask
	}
}

// lacks reports whether w is surely in no slot: a word of two bytes or
// more whose bit in words is clear. Cheaper than get's hash; false says
// nothing.
func (t *lexTable) lacks(w string) bool {
	if len(w) < 2 {
		return false
	}
	b := eventBit(w)
	return t.words[b/64]&(1<<(b%64)) == 0
}

// holds reports whether the slot's word is w, whose first and last eight
// bytes are head and tail (packWords).
func (s *lexSlot) holds(w string, head, tail uint64) bool {
	n := len(w)
	return s.n == n && s.head == head && s.tail == tail && (n <= 16 || s.key[8:n-8] == w[8:n-8])
}

// lexTag is the tag of a word's hash h: its top byte, never 0 (the slot
// index takes the low bits).
func lexTag(h uint32) uint8 { return uint8(h>>24) | 1 }

// lexHash hashes a word from its length n and its first and last eight
// bytes (packWords).
func lexHash(n int, head, tail uint64) uint32 {
	h := uint64(n)*0x9e3779b97f4a7c15 ^ head*0xc2b2ae3d27d4eb4f ^ tail*0x165667b19e3779f9
	h ^= h >> 31
	h *= 0x94d049bb133111eb
	h ^= h >> 29
	return uint32(h)
}

// packWords returns the first eight bytes of w and the last eight as
// little-endian numbers; a shorter word is packed whole into head (the
// bytes past its end zero) and its tail is 0. Read in overlapping pieces,
// so a short word costs no loop.
func packWords(w string) (head, tail uint64) {
	n := len(w)
	switch {
	case n >= 8:
		return le64(w), le64(w[n-8:])
	case n >= 4:
		lo, hi := le32(w), le32(w[n-4:])
		return lo | hi<<(8*(n-4)), 0
	case n >= 2:
		lo, hi := uint64(w[0])|uint64(w[1])<<8, uint64(w[n-2])|uint64(w[n-1])<<8
		return lo | hi<<(8*(n-2)), 0
	case n == 1:
		return uint64(w[0]), 0
	}
	return 0, 0
}

// le64 reads eight bytes of s (len(s) >= 8) as a little-endian number.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// le32 reads four bytes of s (len(s) >= 4) as a little-endian number.
func le32(s string) uint64 {
	_ = s[3]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
}

// The tables of lexDE and lexEN, built on first use (after the lexicons'
// init has filled them; they are only read afterwards).
var (
	lexTablesOnce      sync.Once
	lexTabDE, lexTabEN *lexTable
)

// buildLexTables builds the tables of lexDE and lexEN.
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
