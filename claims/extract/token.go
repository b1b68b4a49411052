package extract

import (
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
	ls    int // offsets of low in the tokenizer's lower-case buffer; ls -1: low is the word's own text
	le    int
	low   string
	flags uint8
	p     byte // first byte of a punctuation token
	cat   category
}

func (t *token) is(f uint8) bool { return t.flags&f != 0 }

// tokenizer reuses its buffers across units.
type tokenizer struct {
	toks []token
	ctx  unitCtx // the rules' context of the unit being analysed
	low  []byte
	slab slab // the units' reasons and lower-case words
}

func isWordRune(r rune) bool {
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') ||
		r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
}

// asciiClass marks ASCII word bytes: 'A' upper case, 'a' lower case, '0'
// digits, 0 others.
var asciiClass = func() (t [128]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = 'a', 'A'
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = '0'
	}
	return t
}()

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '„', '“', '”', '‚', '‘', '»', '«', '›', '‹', '\'', '’':
		return true
	}
	return false
}

// tokenize splits text into tokens and looks each word up in lex. The
// returned slice is valid until the next call.
func (z *tokenizer) tokenize(text string, lex lexicon) []token {
	z.toks = z.toks[:0]
	z.low = z.low[:0]
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
		if !isWordRune(r) {
			var f uint8 = tPunct
			if isQuoteRune(r) {
				f |= tQuote
			}
			z.toks = append(z.toks, token{s: i, e: i + size, flags: f, p: text[i]})
			i += size
			continue
		}
		// A word or number: letters and digits, joined by inner - . , ' ’ /
		start := i
		ls := len(z.low)
		var f uint8
		if r >= '0' && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r) {
			f = tNum
		} else {
			f = tWord
			if unicode.IsUpper(r) {
				f |= tCap
			}
		}
		letters, uppers := 0, 0
		changed := false // low differs from the word's text
		for i < len(text) {
			if c := text[i]; c < utf8.RuneSelf && asciiClass[c] != 0 {
				switch asciiClass[c] {
				case 'A':
					uppers++
					letters++
					c += 'a' - 'A'
					changed = true
				case 'a':
					letters++
				}
				z.low = append(z.low, c)
				i++
				continue
			}
			r, size = rune(text[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[i:])
			}
			if r >= utf8.RuneSelf && isWordRune(r) {
				if unicode.IsLetter(r) {
					letters++
					if unicode.IsUpper(r) {
						uppers++
					}
				}
				lr := unicode.ToLower(r)
				changed = changed || lr != r
				z.low = utf8.AppendRune(z.low, lr)
				i += size
				continue
			}
			// Joiners stay inside the word when a word rune follows.
			if r == '-' || r == '.' || r == ',' || r == '\'' || r == '’' || r == '/' || r == '&' {
				if i+size < len(text) {
					nr, _ := utf8.DecodeRuneInString(text[i+size:])
					if isWordRune(nr) && (r != ',' || f&tNum != 0 && nr >= '0' && nr <= '9') {
						z.low = utf8.AppendRune(z.low, r)
						i += size
						continue
					}
				}
				// "Süd- und": a trailing hyphen stays with its word.
				if r == '-' && i+size < len(text) && text[i+size] == ' ' && f&tWord != 0 {
					z.low = append(z.low, '-')
					i += size
				}
			}
			break
		}
		if letters >= 2 && uppers == letters {
			f |= tAllCap
		}
		if !changed { // the word is its own lower case: low is its text
			z.low = z.low[:ls]
			z.toks = append(z.toks, token{s: start, e: i, ls: -1, flags: f, low: text[start:i]})
			continue
		}
		z.toks = append(z.toks, token{s: start, e: i, ls: ls, le: len(z.low), flags: f})
	}
	lowStr := ""
	if len(z.low) > 0 {
		lowStr = z.slab.str(z.low)
	}
	tab := tableOf(lex)
	for k := range z.toks {
		t := &z.toks[k]
		if t.flags&tPunct != 0 {
			continue
		}
		if t.ls >= 0 {
			t.low = lowStr[t.ls:t.le]
		}
		t.cat = lexCat(tab, lex, t.low)
	}
	return z.toks
}
