package textindex

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// ForEachToken calls fn with each token of text, in order, as SQLite's
// FTS5 unicode61 tokenizer with remove_diacritics 2 cuts and folds it:
// a token is a run of letters, digits and private-use characters (ASCII:
// only a-z, A-Z, 0-9), which combining diacritics may continue but not
// start; it is lower-cased, diacritics removed from Latin letters ("Köln"
// is "koln"), combining diacritics dropped. Letters without a canonical
// decomposition stay ("ß", "ø", "ł"). fn must not keep tok, which buf
// (returned for reuse) holds.
//
// FTS5 uses the Unicode 6.1 tables, Go those of its own version, so texts
// in scripts added since may be cut differently; the search engine in
// storage/sqlite compares its vocabulary with FTS5's and stands aside when
// they differ.
func ForEachToken(text string, buf []byte, fn func(tok []byte)) []byte {
	return forEachToken(text, buf, classOf, fn)
}

// Character kinds, as unicode61 treats them.
const (
	kindSeparator = 'S'
	kindToken     = 'T' // a token character, folded
	kindContinue  = 'C' // continues a token and is dropped (diacritics)
)

// forEachToken is ForEachToken with the character kinds of class.
func forEachToken(text string, buf []byte, class func(rune) (byte, rune), fn func(tok []byte)) []byte {
	buf = buf[:0]
	in := false
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				buf, in = append(buf, c), true
			case 'A' <= c && c <= 'Z':
				buf, in = append(buf, c+'a'-'A'), true
			default:
				if in {
					fn(buf)
					buf, in = buf[:0], false
				}
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		kind, f := class(r)
		switch {
		case kind == kindToken:
			if f >= 0 {
				buf = utf8.AppendRune(buf, f)
			}
			in = true
		case kind == kindContinue && in:
		default:
			if in {
				fn(buf)
				buf, in = buf[:0], false
			}
		}
	}
	if in {
		fn(buf)
	}
	return buf
}

// Tokens returns the tokens of text (see ForEachToken).
func Tokens(text string) []string {
	var out []string
	ForEachToken(text, nil, func(tok []byte) { out = append(out, string(tok)) })
	return out
}

// isTokenRune reports whether a non-ASCII rune is a token character:
// categories L*, N* and Co, unicode61's default.
func isTokenRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Co, r)
}

// isDiacritic reports whether r is one of the combining diacritics that
// unicode61 lets continue a token (some of U+0300 to U+0331).
func isDiacritic(r rune) bool {
	return r >= 0x300 && r <= 0x331 && diacritics&(1<<(r-0x300)) != 0
}

// diacritics has bit i set for U+0300+i if unicode61 counts it a diacritic
// (found by comparing with FTS5, see TestTokensAsFTS5).
const diacritics = (1<<0x32 - 1) &^ (1<<0x05 | 1<<0x0D | 1<<0x0E | 1<<0x10 | 0x1ff<<0x12 | 1<<0x1C |
	1<<0x1D | 1<<0x1E | 1<<0x1F | 1<<0x20 | 1<<0x21 | 1<<0x22 | 0xf<<0x29 | 1<<0x2F)

// cachedRunes is the number of runes whose kind and folding classOf
// keeps in a table.
const cachedRunes = 0x3000

// cached holds, for each rune below cachedRunes, its kind and folded form
// as classOf61 gives them: at 2r and 2r+1.
var cached = func() []rune {
	t := make([]rune, 2*cachedRunes)
	for r := range cachedRunes {
		k, f := classOf61(rune(r))
		t[2*r], t[2*r+1] = rune(k), f
	}
	return t
}()

// classOf returns how unicode61 treats r: its kind and, for a token
// character, its folded form (-1: dropped).
func classOf(r rune) (byte, rune) {
	if r < cachedRunes {
		return byte(cached[2*r]), cached[2*r+1]
	}
	return classOf61(r)
}

// classOf61 is classOf from the rules and the exceptions found by
// comparing them with FTS5 (unicode61_table.go).
func classOf61(r rune) (byte, rune) {
	i, ok := slices.BinarySearchFunc(exceptions61, r, func(e exception61, r rune) int {
		switch {
		case e.hi < r:
			return -1
		case e.lo > r:
			return 1
		}
		return 0
	})
	if !ok {
		return ruleClass(r)
	}
	switch k := exceptions61[i].kind; k {
	case 'F':
		return kindToken, folds61[r]
	case kindToken:
		return kindToken, r
	default:
		return k, -1
	}
}

// exception61 is a range of characters of one kind ('F': a token
// character folded by folds61).
type exception61 struct {
	lo, hi rune
	kind   byte
}

// ruleClass is classOf by the rules alone: Go's tables for the token
// characters (categories L*, N* and Co, as unicode61) and for folding.
func ruleClass(r rune) (byte, rune) {
	switch {
	case isTokenRune(r):
		f := foldRune(r)
		if f == 0 {
			return kindToken, -1
		}
		return kindToken, f
	case isDiacritic(r):
		return kindContinue, -1
	}
	return kindSeparator, -1
}

// foldExceptions are the letters FTS5 folds otherwise than the rules below.
var foldExceptions = map[rune]rune{0x1E0: 0x1E1, 0x1E1: 0x1E1}

// foldRune lower-cases r and, for a Latin letter with diacritics, returns
// its base letter.
func foldRune(r rune) rune {
	if f, ok := foldExceptions[r]; ok {
		return f
	}
	if u := unicode.ToUpper(r); u != r && r != 'ı' {
		r = u // case folding: "µ" is "μ", "ſ" is "s", "ς" is "σ"
	}
	r = unicode.ToLower(r)
	if r < utf8.RuneSelf {
		return r
	}
	if isDiacritic(r) {
		return 0
	}
	d := norm.NFD.String(string(r))
	base, n := utf8.DecodeRuneInString(d)
	if n == len(d) || base >= utf8.RuneSelf || !('a' <= base && base <= 'z') {
		return r
	}
	for _, m := range d[n:] {
		if !unicode.Is(unicode.Mn, m) {
			return r
		}
	}
	return base
}
