package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// In a comment or a post an emoji often closes a sentence in place of a
// full stop: "Schon wieder teurer 😡 Die Abfuhr kostet jetzt 312 Euro",
// "Great article 👍 Finally someone says it". A run of emoji after a word,
// followed by white space and a capital letter or a digit, ends the
// sentence before it, the emoji kept with that sentence. Edited news uses
// no emoji, so its sentences are cut as before.

// isEmoji reports whether r is a pictographic emoji or symbol (the blocks
// commentLike reads as informal writing).
func isEmoji(r rune) bool {
	return r >= 0x1F000 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF
}

// mayHoldEmoji reports cheaply whether s may hold an emoji: a four-byte
// rune, or a three-byte one of U+2600–U+27BF (lead byte 0xE2, second byte
// 0x98–0x9E). It jumps from one 0xE2 to the next with strings.IndexByte:
// German quotation marks and dashes start with 0xE2 too, but most bytes
// of a text are none.
func mayHoldEmoji(s string) bool {
	if strings.IndexByte(s, 0xF0) >= 0 {
		return true
	}
	for i := 0; ; {
		k := strings.IndexByte(s[i:], 0xE2)
		if k < 0 || i+k+1 >= len(s) {
			return false
		}
		i += k + 1 // the byte after the 0xE2
		if s[i] >= 0x98 && s[i] <= 0x9E {
			return true
		}
	}
}

// emojiParts returns block b cut after each run of emoji that ends a
// sentence (see above); b alone when it holds none.
func emojiParts(text string, b span, out []span) []span {
	if !mayHoldEmoji(text[b.s:b.e]) {
		return append(out, b)
	}
	start := b.s
	for i := b.s; i < b.e; {
		r, size := utf8.DecodeRuneInString(text[i:b.e])
		if !isEmoji(r) {
			i += size
			continue
		}
		j := emojiRunEnd(text, i, b.e)
		if k := nextOpener(text, j, b.e); k > j && hasWord(text[start:i]) {
			out = append(out, span{s: start, e: j, para: b.para})
			start = k
		}
		i = j
	}
	return append(out, span{s: start, e: b.e, para: b.para})
}

// emojiRunEnd returns the end of the run of emoji (with their joiners,
// variation selectors and skin tones) that starts at text[i].
func emojiRunEnd(text string, i, end int) int {
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		if !isEmoji(r) && r != 0x200D && r != 0xFE0F {
			break
		}
		i += size
	}
	return i
}

// nextOpener returns the place of the word after the white space at
// text[j:] when it opens a sentence (a capital letter or a digit), j
// otherwise.
func nextOpener(text string, j, end int) int {
	k := j
	for k < end {
		r, size := utf8.DecodeRuneInString(text[k:end])
		if !isSpaceRune(r) {
			break
		}
		k += size
	}
	if k == j || k >= end {
		return j
	}
	r, _ := utf8.DecodeRuneInString(text[k:end])
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return j
	}
	return k
}
