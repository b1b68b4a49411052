package extract

import (
	"encoding/binary"
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// A unit that repeats an earlier unit of its text — a headline repeated as
// a photo caption, a teaser repeated in the body, a credit line under every
// picture — adds nothing the reader has not read: by the guide a bare
// repetition is not check-worthy. Whether a unit repeats one is a context
// input (cxRepeat) with a learned weight. Two units are the same when their
// letters and digits, lower-cased, are the same: case, spaces, punctuation
// and quotation marks do not count.

// repeatSet holds the normalised texts (as hashes) of the units read so far:
// an open-addressing set of the hashes (0 marks an empty slot; a hash of 0
// is kept in zero), at most half full.
type repeatSet struct {
	slots []uint64
	n     int
	zero  bool
	buf   []byte // normHash's buffer
}

// repeats reports whether unit ut repeats a unit added before, and adds
// it. A unit without letters or digits repeats nothing.
func (r *repeatSet) repeats(ut string) bool {
	var h uint64
	var ok bool
	h, ok, r.buf = normHashBuf(ut, r.buf)
	if !ok {
		return false
	}
	if h == 0 {
		dup := r.zero
		r.zero = true
		return dup
	}
	if 2*(r.n+1) > len(r.slots) {
		r.grow()
	}
	mask := uint64(len(r.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch r.slots[i] {
		case h:
			return true
		case 0:
			r.slots[i] = h
			r.n++
			return false
		}
	}
}

// grow doubles the set's slots (64 at first) and puts the hashes back.
func (r *repeatSet) grow() {
	old := r.slots
	r.slots = make([]uint64, max(64, 2*len(old)))
	mask := uint64(len(r.slots) - 1)
	for _, h := range old {
		if h == 0 {
			continue
		}
		i := h & mask
		for r.slots[i] != 0 {
			i = (i + 1) & mask
		}
		r.slots[i] = h
	}
}

// normHash hashes the letters and digits of s, lower-cased; ok is false
// when s has none.
func normHash(s string) (h uint64, ok bool) {
	h, ok, _ = normHashBuf(s, nil)
	return h, ok
}

// normByte maps an ASCII byte to itself lower-cased when it is a letter or
// a digit, to 0 when it is not, and the bytes of other runes to 0xff.
var normByte = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c)
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = 0xff
	}
	return t
}()

// normHashBuf is normHash with a buffer to lend (returned, perhaps grown):
// the letters and digits of s, lower-cased, are written to it — ASCII as
// one byte, another rune as the bytes of its code point, low first, up to
// the last non-zero one — and the bytes are hashed.
func normHashBuf(s string, buf []byte) (h uint64, ok bool, _ []byte) {
	if cap(buf) < len(s)+8 {
		buf = make([]byte, len(s)+8)
	}
	buf = buf[:cap(buf)]
	n := 0
	for i := 0; i < len(s); {
		k, m := normASCII(buf[n:], s[i:]) // buf[n:] is as long as s[i:] at least: n <= i
		n, i = n+k, i+m
		if i == len(s) {
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if uint32(r) < latinEnd { // the classes and lower case of package unicode, from latin
			ri := latin[r]
			if ri.class&(rcLetter|rcDigit) == 0 {
				continue
			}
			r = ri.lower
		} else if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		} else {
			r = unicode.ToLower(r)
		}
		if n+4 > len(buf) { // not met: a rune gives no more bytes than it has
			buf = append(buf[:n], make([]byte, len(buf))...)
			buf = buf[:cap(buf)]
		}
		for k := 0; k < 4 && r != 0; k++ { // the rune's bytes, low first
			buf[n] = byte(r)
			n++
			r >>= 8
		}
	}
	return hashBytes(buf[:n]), n > 0, buf
}

// normASCII writes the letters and digits of the ASCII bytes that begin s
// (up to its first byte of another rune), lower-cased, to dst, which is at
// least as long as s, and returns how many bytes it wrote and how many of
// s it read. Kept out of normHashBuf's loop, whose calls of the unicode
// functions would leave less of this loop in registers.
func normASCII(dst []byte, s string) (n, i int) {
	dst = dst[:len(s)]
	for ; i < len(s); i++ {
		v := normByte[s[i]]
		if v == 0xff {
			break
		}
		dst[n] = v // written always, kept only for a letter or digit
		if v != 0 {
			n++
		}
	}
	return n, i
}

// hashBytes hashes b, eight bytes at a time.
func hashBytes(b []byte) uint64 {
	const k0, k1 = 0x9e3779b97f4a7c15, 0xc2b2ae3d27d4eb4f
	h := uint64(len(b)) * k0
	for len(b) >= 8 {
		hi, lo := bits.Mul64(h^binary.LittleEndian.Uint64(b), k1)
		h = hi ^ lo
		b = b[8:]
	}
	var x uint64
	for i := len(b) - 1; i >= 0; i-- {
		x = x<<8 | uint64(b[i])
	}
	hi, lo := bits.Mul64(h^x^uint64(len(b))<<56, k1)
	h = hi ^ lo
	hi, lo = bits.Mul64(h^h>>29, k0)
	return hi ^ lo
}
