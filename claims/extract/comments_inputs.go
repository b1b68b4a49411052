package extract

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The comment model's inputs (comments.go): a comment's text normalised
// as the model reads it, its character n-grams and words hashed into
// 2^commentBits buckets, each group scaled to unit length, then its
// shapes (comments_shapes.go) and the bias.

// cInput is one input of the comment model: an index and a value.
type cInput struct {
	i int32
	v float32
}

// commentNorm returns the text as the comment model reads it: lower case,
// digits as '0', each run of spaces as one space, each link as '\x01', a
// space before and after.
func commentNorm(text string, buf []byte) []byte {
	buf = append(buf[:0], ' ')
	space := true
	for i := 0; i < len(text); {
		if isLinkAt(text, i) {
			j := i
			for j < len(text) && !isSpaceByte(text[j]) {
				j++
			}
			buf = append(buf, 1)
			i, space = j, false
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		switch {
		case unicode.IsSpace(r):
			if !space {
				buf = append(buf, ' ')
			}
			space = true
			continue
		case r >= '0' && r <= '9':
			r = '0'
		default:
			r = unicode.ToLower(r)
		}
		buf = utf8.AppendRune(buf, r)
		space = false
	}
	if !space {
		buf = append(buf, ' ')
	}
	return buf
}

// isSpaceByte reports whether b is a space, tab, newline or carriage return.
func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// isLinkAt reports whether a link starts at text[i:] (http:, https:,
// www.) at the start of a word.
func isLinkAt(text string, i int) bool {
	if i > 0 && !isSpaceByte(text[i-1]) && text[i-1] != '(' {
		return false
	}
	s := text[i:]
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.")
}

// commentInputs appends the inputs of a comment to buf: its hashed
// n-grams and words (each distinct one once, each group scaled to unit
// length), its shapes and the bias.
func commentInputs(text string, lay commentLayout, buf []cInput) []cInput {
	norm := commentNorm(text, make([]byte, 0, len(text)+2))
	var hs []uint32
	if lay.maxN > 0 {
		hs = charGrams(norm, lay.minN, lay.maxN, hs)
		buf = appendGroup(buf, hs, lay.tf)
	}
	if lay.words {
		hs = wordGrams(norm, hs[:0])
		buf = appendGroup(buf, hs, lay.tf)
	}
	var sh [nCommentShape]float64
	commentShapes(text, &sh)
	for k, v := range sh {
		if v != 0 {
			buf = append(buf, cInput{int32(cmShape + k), float32(v)})
		}
	}
	return append(buf, cInput{cmBias, 1})
}

// appendGroup appends the distinct hashes of hs (sorted in place) as
// inputs of value 1, or with tf log(1 + count), the group scaled to unit
// length (1/√n without tf).
func appendGroup(buf []cInput, hs []uint32, tf bool) []cInput {
	if len(hs) == 0 {
		return buf
	}
	for i, h := range hs {
		hs[i] = mix(h) & (cmHash - 1)
	}
	sort.Slice(hs, func(a, b int) bool { return hs[a] < hs[b] })
	start := len(buf)
	sum := 0.0
	for i := 0; i < len(hs); {
		j := i + 1
		for j < len(hs) && hs[j] == hs[i] {
			j++
		}
		v := 1.0
		if tf {
			v = math.Log1p(float64(j - i))
		}
		sum += v * v
		buf = append(buf, cInput{int32(hs[i]), float32(v)})
		i = j
	}
	norm := 1 / math.Sqrt(sum)
	for k := start; k < len(buf); k++ {
		buf[k].v = float32(float64(buf[k].v) * norm)
	}
	return buf
}

// charGrams appends the hashes of the character n-grams of norm, minN ≤ n
// ≤ maxN (in characters; a gram of spaces only is skipped).
func charGrams(norm []byte, minN, maxN int, hs []uint32) []uint32 {
	starts := make([]int, 0, len(norm)+1)
	for i := range string(norm) {
		starts = append(starts, i)
	}
	starts = append(starts, len(norm))
	chars := len(starts) - 1
	hs = slicesGrow(hs, chars*(maxN-minN+1)+2*chars)
	for n := minN; n <= maxN; n++ {
		seed := fnvByte(fnvOffset, byte('0'+n))
		for i := 0; i+n <= chars; i++ {
			g := norm[starts[i]:starts[i+n]]
			if n == 1 && g[0] == ' ' {
				continue
			}
			h := seed
			for _, b := range g {
				h = fnvByte(h, b)
			}
			hs = append(hs, h)
		}
	}
	return hs
}

// slicesGrow returns hs with room for n more hashes.
func slicesGrow(hs []uint32, n int) []uint32 {
	if cap(hs)-len(hs) < n {
		hs = append(make([]uint32, 0, len(hs)+n), hs...)
	}
	return hs
}

// wordGrams appends the hashes of the words of norm (runs of letters and
// digits, a link as a word) and of each pair of neighbouring words.
func wordGrams(norm []byte, hs []uint32) []uint32 {
	s := string(norm)
	var prev uint32
	have := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == 1) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == 1) {
				break
			}
			j += n
		}
		w := fnvAdd(fnvByte(fnvOffset, 'W'), s[i:j])
		hs = append(hs, w)
		if have {
			hs = append(hs, (prev^w)*fnvPrime+'P')
		}
		prev, have = w*31+11, true
		i = j
	}
	return hs
}
