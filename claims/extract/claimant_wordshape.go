package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// The shape of a word in or before a claimant's name: a date word, a
// capitalised word, a title or office by the lexicon or by its ending, a
// compound noun. These say whether a word belongs to a name.

// dateWord reports whether w names a month, a weekday or a span of time.
func dateWord(w string) bool {
	return wordCategory(w)&(cMonth|cWeekday|cRelDate|cTimeNoun) != 0
}

// wordCategory returns the categories both lexicons give the word in
// lower case, without allocating for a short ASCII word; by their tables
// (lextab.go), which answer as the lexicons do.
func wordCategory(w string) category {
	var buf [32]byte
	if low, ok := lowerShortWord(&buf, w); ok {
		return lowCategory(low)
	}
	return lowCategory(strings.ToLower(w))
}

// lowCategory is wordCategory of a word already in lower case.
func lowCategory(low string) category {
	lexTablesOnce.Do(buildLexTables)
	return lexTabDE.get(low) | lexTabEN.get(low)
}

// lowerShortWord returns w in lower case (strings.ToLower), written to buf
// for most words, and true when w has at most 32 bytes; "" and false for a
// longer word. The string shares buf's memory (but for a word that
// lower-casing makes longer than buf): it is valid while buf is, and
// must not be kept.
func lowerShortWord(buf *[32]byte, w string) (string, bool) {
	if len(w) > len(buf) {
		return "", false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			low := appendLower(buf[:0], w) // strings.ToLower(w), on the stack for most words
			return unsafe.String(unsafe.SliceData(low), len(low)), true
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return unsafe.String(&buf[0], len(w)), true
}

// upperFirst reports whether a word starts with an upper-case letter.
func upperFirst(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// titleLike reports whether the i-th word of a name is rather a title or
// office (Sheriff, Councilman, Speaker, Heimleiterin): a word the lexicon
// knows or that ends like an agent noun; the ending -er only after the
// first word, where first names end so too.
func titleLike(w string, i int) bool {
	return titleShape(w, wordCategory(w)) || i > 0 && hasSuffixFold(w, "er") || germanTitle(w) || compoundNoun(w)
}

// titleShape is titleLike's first tests, which need no position: w's
// category cat (wordCategory) or its form say it is a title.
func titleShape(w string, cat category) bool {
	if cat&(cRole|cNotName|cDet) != 0 || possessiveWord(w) || acronymWord(w) {
		return true // "CEO Ann Lee", "Commentary’s Ann Lee"
	}
	for _, suf := range titleLikeEnds.of(w) {
		if len(w) > len(suf)+1 && hasSuffixFold(w, suf) && (len(w) >= 8 || !shortNameSuffix[suf]) {
			return true
		}
	}
	return false
}

// titleLikeEnds are the endings of titleLike.
var titleLikeEnds = newSuffixSet("man", "woman", "or", "ent", "iff", "ary", "ist", "leiterin", "leiter", "ministerin", "minister", "chef", "chefin", "sprecherin", "sprecher")

// hasSuffixFold is strings.HasSuffix with case ignored.
func hasSuffixFold(w, suf string) bool {
	return len(w) >= len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf)
}

// foldTailDiffers reports, for w at least as long as suf, whether their
// last two bytes show that w cannot end with suf, case ignored: when both
// end in an ASCII byte, each is a rune of its own, so the last bytes must
// be equal but for ASCII case (a|0x20), and the bytes before them must map
// alike by foldLetter (its promise: the last bytes of two runes that fold
// to each other do; TestFoldLetter). False means: ask strings.EqualFold.
// TestSuffixSetFoldTail compares suffixSet.first, which asks it, with
// strings.EqualFold alone.
func foldTailDiffers(w, suf string) bool {
	n, m := len(w), len(suf)
	if m < 2 || w[n-1] >= utf8.RuneSelf || suf[m-1] >= utf8.RuneSelf {
		return false
	}
	return w[n-1]|0x20 != suf[m-1]|0x20 || foldLetter[w[n-2]] != foldLetter[suf[m-2]]
}

// compoundNoun reports whether a word before a name is rather a compound
// noun than a first name: led by an acronym ("FDP-Fraktionsvize",
// "US-Präsident"), or with a long last part ("Hamburg-Korrespondentin"), or
// of at least 13 letters ("Unionsfraktionsvize"). Hyphenated first names
// have short parts ("Hans-Peter").
func compoundNoun(w string) bool {
	k := strings.LastIndexByte(w, '-')
	if k < 0 {
		return utf8.RuneCountInString(w) >= 13
	}
	return hyphenAcronym(w) || utf8.RuneCountInString(w[k+1:]) >= 9
}

// germanTitle reports whether a word before a name is a German title or
// office by its ending: Vorsitzende(n), Abgeordnete(n), Trainerin,
// Autorin, Virologe, Amtsarzt(es), Sprecher.
func germanTitle(w string) bool {
	return germanTitleEnds.first(w) != ""
}

// germanTitleEnds are the endings of germanTitle.
var germanTitleEnds = newSuffixSet("ende", "enden", "nete", "neten", "erin", "torin", "ologe", "ologin", "arzt", "arztes", "ärztin", "ent", "chef", "leiter", "sprecher", "minister", "trainer", "führer", "politiker", "direktor")
