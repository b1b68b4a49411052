package extract

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// Token flags.
const (
	tWord   = 1 << iota // starts with a letter
	tNum                // starts with a digit
	tCap                // first letter upper case
	tAllCap             // two or more letters, all upper case
	tPunct              // a single punctuation or symbol rune
	tQuote              // a quotation mark
)

// token is one word, number or punctuation mark of a unit. s and e are byte
// offsets into the unit text; low is the lower-cased word.
type token struct {
	s, e  int
	low   string
	flags uint8
	p     byte // first byte of a punctuation token
	cat   category
}

// is reports whether the token has any of the flags f.
func (t *token) is(f uint8) bool { return t.flags&f != 0 }

// tokenizer reuses its buffers across units.
type tokenizer struct {
	toks []token
	ctx  unitCtx // the rules' context of the unit being analysed
	low  []byte  // the words that lower-casing changes, in lower case
	lows []lowAt
	slab slab // the units' reasons and lower-case words
}

// lowAt places the lower-case form of token k at low[s:e].
type lowAt struct{ k, s, e int32 }

// isWordRune reports whether r belongs to a word: an ASCII letter or
// digit, or any other letter, digit or non-spacing mark.
func isWordRune(r rune) bool {
	if uint32(r) < latinEnd {
		return latin[r].class&rcWord != 0
	}
	if uint32(r-punctStart) < punctEnd-punctStart {
		return punct[r-punctStart].class&rcWord != 0
	}
	return isWordRuneSlow(r)
}

// isWordRuneSlow is isWordRune asking package unicode.
func isWordRuneSlow(r rune) bool {
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') ||
		r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
}

// latinEnd bounds the runes whose classes latin holds: ASCII, Latin-1 and
// the Latin Extended blocks, where the letters of German and English news
// lie; other runes ask package unicode.
const latinEnd = 0x250

// Rune classes.
const (
	rcWord   = 1 << iota // isWordRune
	rcLetter             // unicode.IsLetter
	rcUpper              // unicode.IsUpper
	rcDigit              // unicode.IsDigit
)

// runeInfo is a rune's classes and its lower case (unicode.ToLower).
type runeInfo struct {
	class uint8
	lower rune
}

// latin holds the runeInfo of the runes below latinEnd, taken from package
// unicode itself.
var latin = func() (t [latinEnd]runeInfo) {
	for r := rune(0); r < latinEnd; r++ {
		t[r] = runeInfoSlow(r)
	}
	return t
}()

// runeInfoSlow returns the classes and lower case of r from package
// unicode.
func runeInfoSlow(r rune) runeInfo {
	var c uint8
	if isWordRuneSlow(r) {
		c |= rcWord
	}
	if unicode.IsLetter(r) {
		c |= rcLetter
	}
	if unicode.IsUpper(r) {
		c |= rcUpper
	}
	if unicode.IsDigit(r) {
		c |= rcDigit
	}
	return runeInfo{c, unicode.ToLower(r)}
}

// punctStart and punctEnd bound the General Punctuation block (dashes,
// typographic quotes, spaces), whose runeInfo punct holds: they follow
// words often.
const punctStart, punctEnd = 0x2000, 0x2070

// punct holds the runeInfo of the runes from punctStart to punctEnd.
var punct = func() (t [punctEnd - punctStart]runeInfo) {
	for r := rune(punctStart); r < punctEnd; r++ {
		t[r-punctStart] = runeInfoSlow(r)
	}
	return t
}()

// infoOf returns the runeInfo of r.
func infoOf(r rune) runeInfo {
	if uint32(r) < latinEnd {
		return latin[r]
	}
	if uint32(r-punctStart) < punctEnd-punctStart {
		return punct[r-punctStart]
	}
	return runeInfoSlow(r)
}

// startFlags returns the flags of a word or number that starts with rune
// r: tNum for a digit, else tWord, with tCap for a capital; 0 for a rune
// of no word (isWordRune). ASCII runes are looked up in asciiStart.
func startFlags(r rune) uint8 {
	if r < utf8.RuneSelf {
		return asciiStart[r]
	}
	return startFlagsSlow(r)
}

// startFlagsSlow is startFlags without the ASCII table.
func startFlagsSlow(r rune) uint8 {
	if !isWordRune(r) {
		return 0
	}
	c := infoOf(r).class
	switch {
	case c&rcDigit != 0:
		return tNum
	case c&rcUpper != 0:
		return tWord | tCap
	}
	return tWord
}

// asciiStart holds startFlags of the ASCII runes.
var asciiStart = func() (t [utf8.RuneSelf]uint8) {
	for r := range t {
		t[r] = startFlagsSlow(rune(r))
	}
	return t
}()

// asciiBits classes the bytes of ASCII letters and digits (0 for every
// other byte): abWord, with abLetter for letters and abUpper for capitals
// or abLower for small letters.
var asciiBits = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = abWord|abLetter|abLower, abWord|abLetter|abUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = abWord
	}
	return t
}()

const (
	abLetter = 1 << iota
	abUpper
	abWord
	abLower
)

// twoLetters reports whether the word w, none of whose letters is other than
// upper case, has two letters or more (tAllCap).
func twoLetters(w string) bool {
	letters := 0
	for _, r := range w {
		if infoOf(r).class&rcLetter != 0 {
			letters++
		}
	}
	return letters >= 2
}

// asciiLower maps each ASCII byte to its lower case.
var asciiLower = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// joinerASCII marks the ASCII joiners of isJoiner.
var joinerASCII = [utf8.RuneSelf]bool{'-': true, '.': true, ',': true, '\'': true, '/': true, '&': true, '_': true}

// isJoiner reports whether r is one of the runes - . , ' ’ / & _ that stay
// inside a word when a word rune follows (tokenize). The underscore joins
// the parts of a handle or a file name ("@anna_k_2001", "story_2019"):
// their digits are no figure or year of the text. ASCII runes are
// looked up in joinerASCII: the end of most words, a space, costs one test.
func isJoiner(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return joinerASCII[r]
	}
	return r == '’'
}

// isQuoteRune reports whether r is a straight or typographic quotation
// mark or apostrophe.
func isQuoteRune(r rune) bool {
	switch r {
	case '"', '„', '“', '”', '‚', '‘', '»', '«', '›', '‹', '\'', '’':
		return true
	}
	return false
}

// appendLower appends w with every rune in lower case (unicode.ToLower) to
// b. w is a word of tokenize: valid UTF-8.
func appendLower(b []byte, w string) []byte {
	n := len(b)
	b = slices.Grow(b, len(w))[:n+len(w)]
	low := b[n:][:len(w)]
	ascii := true
	for i := range len(w) { // lower w into place while it is ASCII
		c := w[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		low[i] = asciiLower[c]
	}
	if ascii {
		return b
	}
	b = b[:n]
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		b = utf8.AppendRune(b, infoOf(r).lower)
		i += size
	}
	return b
}

// tokenize splits text into tokens and looks each word up in lex. The
// returned slice is valid until the next call.
func (z *tokenizer) tokenize(text string, lex lexicon) []token {
	z.toks = z.toks[:0]
	z.low = z.low[:0]
	z.lows = z.lows[:0]
	i := 0
	for i < len(text) {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if isSpaceRune(r) {
			i += size
			continue
		}
		f := startFlags(r)
		if f == 0 {
			f = tPunct
			if isQuoteRune(r) {
				f |= tQuote
			}
			z.toks = append(z.toks, token{s: i, e: i + size, flags: f, p: text[i]})
			i += size
			continue
		}
		// A word or number: letters and digits, joined by inner - . , ' ’ / & _
		start := i
		// seen gathers the asciiBits of the word's ASCII letters and
		// digits, and abLower for its other letters not in upper case.
		var seen byte
		changed := false // a rune outside ASCII differs from its lower case
		for i < len(text) {
			// A run of ASCII letters and digits.
			for i < len(text) {
				k := asciiBits[text[i]]
				if k == 0 {
					break
				}
				seen |= k
				i++
			}
			if i >= len(text) {
				break
			}
			r, size = rune(text[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[i:])
				var ri runeInfo
				if uint32(r) < latinEnd {
					ri = latin[r]
				} else if uint32(r-punctStart) < punctEnd-punctStart {
					ri = punct[r-punctStart]
				} else if isWordRuneSlow(r) {
					ri = runeInfoSlow(r)
				}
				if ri.class&rcWord != 0 {
					if ri.class&(rcLetter|rcUpper) == rcLetter {
						seen |= abLower
					}
					changed = changed || ri.lower != r
					i += size
					continue
				}
			}
			// Joiners stay inside the word when a word rune follows.
			if isJoiner(r) {
				if i+size < len(text) {
					nr, _ := utf8.DecodeRuneInString(text[i+size:])
					if isWordRune(nr) && (r != ',' || f&tNum != 0 && nr >= '0' && nr <= '9') {
						i += size
						continue
					}
				}
				// "Süd- und": a trailing hyphen stays with its word.
				if r == '-' && i+size < len(text) && text[i+size] == ' ' && f&tWord != 0 {
					i += size
				}
			}
			break
		}
		if seen&abLower == 0 && twoLetters(text[start:i]) {
			f |= tAllCap
		}
		if seen&abUpper == 0 && !changed { // the word is its own lower case: low is its text
			z.toks = append(z.toks, token{s: start, e: i, flags: f, low: text[start:i]})
			continue
		}
		ls := len(z.low)
		z.low = appendLower(z.low, text[start:i])
		z.lows = append(z.lows, lowAt{int32(len(z.toks)), int32(ls), int32(len(z.low))})
		z.toks = append(z.toks, token{s: start, e: i, flags: f})
	}
	if len(z.lows) > 0 {
		lowStr := z.slab.str(z.low)
		for _, l := range z.lows {
			z.toks[l.k].low = lowStr[l.s:l.e]
		}
	}
	tab := tableOf(lex)
	for k := range z.toks {
		t := &z.toks[k]
		if t.flags&tPunct == 0 {
			t.cat = lexCat(tab, lex, t.low)
		}
	}
	return z.toks
}
