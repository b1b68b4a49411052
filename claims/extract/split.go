package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a unit's place in the text: bytes [s, e) of block (paragraph) para.
type span struct {
	s, e, para int
}

// abbrevs end with a full stop that does not end a sentence (lower case,
// without the stop; German "Az." for a court's file number, "rd." for
// "rund", "Okt.", "Dez.", "Febr." among the months, "gegr." (founded),
// references "Tab.", "Abb.", "Kap.", "Aufl.", "Hrsg.", "Jg.", "frz.",
// "zzgl.", "Abg." before a member of parliament's name in a record ("Abg.
// Eva Kühn (SPD): …") and the faculties of a doctor's title, "Dr. rer.
// nat.", "Dr. med.", "Dr. phil.", "Dr. jur."). Single letters ("z. B.", "J. Smith")
// and words with an inner stop ("U.S.", "z.B.") are recognised without
// being listed.
var abbrevs = map[string]bool{}

// init fills abbrevs.
func init() {
	for _, a := range strings.Fields(`dr prof bzw nr ca usw vgl sog hr fr mio mrd tsd jh jhd inkl evtl ggf zzt geb abs art bd
bspw ehem mr mrs ms st jr sr gen gov sen rep lt col capt sgt inc ltd co corp vs no jan feb aug sept oct nov dec mt ft
approx dept univ str tel az rd okt dez tab abb kap aufl hrsg jg frz zzgl rer nat med phil jur gegr febr abg hon rt`) {
		abbrevs[a] = true
	}
}

// isAbbrev reports whether word, in lower case, is one of abbrevs, without
// allocating for an ASCII word.
func isAbbrev(word string) bool {
	var buf [8]byte
	if len(word) > len(buf) {
		return lowerIn(abbrevs, word)
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			return lowerIn(abbrevs, word)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return abbrevs[string(buf[:len(word)])]
}

// isSpaceRune reports whether r separates words (including no-break space).
func isSpaceRune(r rune) bool {
	return r == ' ' || r >= '\t' && r <= '\r' || r >= utf8.RuneSelf && unicode.IsSpace(r)
}

// blocks splits text into non-blank lines, joining a line to the previous one
// when that one lacks final punctuation and this one starts in lower case
// or a digit (a wrapped line), or with a capital where the line before
// cannot end (wrapJoins); a line that starts with a digit is not
// joined to a byline ("Von Anna Berger", hkByline) but opens the text or
// a date line, nor when it opens with a post's number (postNumberAt) or a
// note's ("1) …", noteNumberAt). A blank line always separates blocks.
func blocks(text string, join bool) []span {
	return appendBlocks(make([]span, 0, strings.Count(text, "\n")+1), text, join)
}

// appendBlocks appends the blocks of text (as blocks returns them) to out,
// which must be empty.
func appendBlocks(out []span, text string, join bool) []span {
	pos := 0
	width := 0 // a hard-wrapped text's width (split_wrap.go)
	if join {
		width = wrapWidth(text)
	}
	prevJoinable := false
	var prev string // the line before
	for pos < len(text) {
		nl := strings.IndexByte(text[pos:], '\n')
		end := len(text)
		if nl >= 0 {
			end = pos + nl
		}
		s, e := trimSpan(text, pos, end)
		if s < e {
			first, _ := utf8.DecodeRuneInString(text[s:e])
			if join && prevJoinable && (unicode.IsLower(first) || unicode.IsDigit(first) && !postNumberAt(text[s:e]) && !noteNumberAt(text[s:e]) && !hkByline(prev) ||
				unicode.IsUpper(first) && wrapJoins(prev, width)) {
				out[len(out)-1].e = e
			} else {
				out = append(out, span{s: s, e: e, para: len(out)})
			}
			last, _ := utf8.DecodeLastRuneInString(text[s:e])
			prevJoinable = !strings.ContainsRune(finalMarks, last)
			prev = text[s:e]
		} else {
			prevJoinable = false
		}
		if nl < 0 {
			break
		}
		pos = end + 1
	}
	return out
}

// postNumberAt reports whether line opens with a post's number in a
// thread, digits and a slash before a space ("2/ But the average fell."):
// the line starts a post, it does not go on the line before.
func postNumberAt(line string) bool {
	i := 0
	for i < len(line) && i < 3 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(line) && line[i] == '/' && line[i+1] == ' '
}

// trimSpan moves s and e inward past white space.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:e])
		if !isSpaceRune(r) {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if !isSpaceRune(r) {
			break
		}
		e -= size
	}
	return s, e
}

// quoteStack follows open quotations.
type quoteStack struct {
	open [8]rune
	n    int
}

// push opens a quotation with mark r; past eight open ones it only counts.
func (q *quoteStack) push(r rune) {
	if q.n < len(q.open) {
		q.open[q.n] = r
	}
	q.n++
}

// top returns the mark of the innermost open quotation, 0 when none is open
// or more than eight are.
func (q *quoteStack) top() rune {
	if q.n == 0 || q.n > len(q.open) {
		return 0
	}
	return q.open[q.n-1]
}

// feed updates the stack for quotation mark r at text[i:i+size].
func (q *quoteStack) feed(text string, i, size int, r rune) {
	prevSpace := i == 0
	if i > 0 {
		pr, _ := utf8.DecodeLastRuneInString(text[:i])
		prevSpace = isSpaceRune(pr) || pr == '(' || pr == '-' || pr == '–'
	}
	switch r {
	case '„', '‚':
		q.push(r)
	case '“':
		if q.n > 0 && (q.top() == '„' || q.top() == '“') {
			q.n--
		} else {
			q.push(r)
		}
	case '”':
		if q.n > 0 {
			q.n--
		}
	case '"':
		switch {
		case q.top() == '"' || q.n > 0 && !prevSpace:
			q.n--
		case prevSpace || q.n == 0:
			q.push(r)
		}
	case '»', '«', '›', '‹':
		if q.n > 0 && q.top() == pairOf(r) {
			q.n--
		} else {
			q.push(r)
		}
	case '‘':
		if q.n > 0 && q.top() == '‚' {
			q.n--
		} else if prevSpace {
			q.push(r)
		}
	case '’':
		next := rune(0)
		if i+size < len(text) {
			next, _ = utf8.DecodeRuneInString(text[i+size:])
		}
		if q.n > 0 && q.top() == '‘' && !unicode.IsLetter(next) {
			q.n--
		}
	}
}

// pairOf returns the guillemet that closes (or opens) r.
func pairOf(r rune) rune {
	switch r {
	case '»':
		return '«'
	case '«':
		return '»'
	case '›':
		return '‹'
	}
	return '›'
}

// isCloser reports whether r may close a quotation or a bracket: a
// quotation mark other than the low „ and ‚, ) or ].
func isCloser(r rune) bool {
	switch r {
	case '"', '“', '”', '»', '«', '’', '‘', '›', '‹', ')', ']':
		return true
	}
	return false
}

// sentences appends the sentences of block b to out, a live blog's time
// (stampEnd) or a picture's credit (creditEnd) that opens the block first
// as a unit of its own. balanced is
// false when quotes were followed and one stayed open at the end of the
// block.
func sentences(text string, b span, quotes bool, out []span) ([]span, bool) {
	var q quoteStack
	start := b.s
	if e := stampEnd(text, b); e > b.s {
		out = append(out, span{s: b.s, e: e, para: b.para}) // "11:15 a.m. ET The port …": the time alone
		start = e
	} else if e := creditEnd(text, b); e > b.s {
		s, e := trimSpan(text, b.s, e)
		out = append(out, span{s: s, e: e, para: b.para}) // "Foto: Lisa Tannert/dpa Die Stadt …": the credit alone (split_credit.go)
		start = e
	}
	marks := newMarkFinder(text, b.e)
	for i := start; i < b.e; {
		// Skip what is neither a terminal nor (the first byte of) a
		// quotation mark.
		if i = marks.from(i); i >= b.e {
			break
		}
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:b.e])
		}
		if quotes && isQuoteRune(r) && r != '\'' {
			q.feed(text, i, size, r)
			i += size
			continue
		}
		if r != '.' && r != '!' && r != '?' {
			i += size
			continue
		}
		// A terminal: take any further terminals, footnote marks and closing
		// marks with it.
		j := i + 1
		for j < b.e {
			c, cs := utf8.DecodeRuneInString(text[j:b.e])
			if c == '.' || c == '!' || c == '?' {
				j += cs
				continue
			}
			if n := footnoteMarkLen(text[j:b.e]); n > 0 {
				j += n // "Euro.² Die", "2020.[3] The" (split_footnote.go)
				continue
			}
			if isCloser(c) {
				if quotes && isQuoteRune(c) {
					q.feed(text, j, cs, c)
				}
				j += cs
				continue
			}
			break
		}
		if q.n == 0 && endsSentence(text, b, i, j) {
			s, e := trimSpan(text, start, j)
			if s < e {
				out = append(out, span{s: s, e: e, para: b.para})
			}
			start = j
		}
		i = j
	}
	if s, e := trimSpan(text, start, b.e); s < e {
		out = append(out, span{s: s, e: e, para: b.para})
	}
	return out, q.n == 0
}

// endsSentence decides whether the terminal at text[i] (with closing marks up
// to j) ends a sentence.
func endsSentence(text string, b span, i, j int) bool {
	if j >= b.e {
		return false // the block end closes the unit anyway
	}
	r, _ := utf8.DecodeRuneInString(text[j:b.e])
	if !isSpaceRune(r) {
		return false // 3.5, U.S., "…".
	}
	k := j
	for k < b.e {
		r, size := utf8.DecodeRuneInString(text[k:b.e])
		if !isSpaceRune(r) {
			break
		}
		k += size
	}
	next, _ := utf8.DecodeRuneInString(text[k:b.e])
	if !hasWord(text[k:b.e]) {
		return false // only a closing dash or quote follows
	}
	if unicode.IsLower(next) {
		return false
	}
	if !(unicode.IsUpper(next) || unicode.IsDigit(next) || isQuoteRune(next) || strings.ContainsRune("([–—-•*", next) || unicode.IsLetter(next)) {
		return false
	}
	if text[i] != '.' {
		return true
	}
	if i+1 < j && text[i+1] == '.' || i > b.s && text[i-1] == '.' {
		return false // an ellipsis
	}
	// The word before the stop.
	w := i
	for w > b.s {
		r, size := utf8.DecodeLastRuneInString(text[b.s:w])
		if !isWordRune(r) && r != '.' {
			break
		}
		w -= size
	}
	word := text[w:i]
	if word == "" {
		return true
	}
	if strings.IndexByte(word, '.') >= 0 && !thousandsNumber(word) && !decimalNumber(text[b.s:w], word) {
		return false // U.S. z.B. e.g.
	}
	if compoundAbbrevTail(text, w, i) {
		return false // Dipl.-Ing. (split_compoundabbrev.go)
	}
	if utf8.RuneCountInString(word) == 1 {
		if r, _ := utf8.DecodeRuneInString(word); unicode.IsLetter(r) && !letterEndsSentence(text, b, w, r, k) {
			return false // initial or z. B. (split_initial.go)
		}
	}
	if len(word) <= 6 && isAbbrev(word) && !wordBeforeWordEnd(word, next) {
		return false
	}
	if isDigits(word) && len(word) <= 2 {
		// 26. Februar, 1. Mai, am 3. Oktober
		var buf [64]byte
		nw := string(appendLower(buf[:0], text[k:letterRunEnd(text, k, b.e, 16)])) // strings.ToLower, on the stack
		if lexDE[nw]&(cMonth|cTimeNoun) != 0 || nw == "jahrhundert" || nw == "jahrestag" {
			return false
		}
	}
	if isDigits(word) && germanOrdinalAt(text, b, w, i, k) {
		return false // die 12. Zivilkammer, beim 1. FC (split_ordinal.go)
	}
	return true
}

// numberAbbrevs are the short forms of abbrevs that stand only before a
// number ("No. 5", "Nr. 12", "Art. 3", "Abs. 2", "Tab. 4"); some are words
// in lower case too ("voted no.", "modern art.").
var numberAbbrevs = map[string]bool{"no": true, "nr": true, "art": true, "abs": true, "tab": true, "abb": true, "kap": true, "bd": true, "jg": true}

// wordBeforeWordEnd reports whether the stop after word, one of abbrevs,
// ends a sentence all the same: word is one of numberAbbrevs written in
// lower case and the next rune is no digit ("She voted no. Two others
// abstained."); "No. 5", "Art. IV" and "nr. 5" stay short forms.
func wordBeforeWordEnd(word string, next rune) bool {
	return numberAbbrevs[word] && !unicode.IsDigit(next)
}

// isDigits reports whether s is not empty and holds ASCII digits only.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// hasWord reports whether s holds a letter or digit (looking at most a few
// runes past leading punctuation).
func hasWord(s string) bool {
	for i, r := range s {
		if isWordRune(r) {
			return true
		}
		if i > 64 {
			return true
		}
	}
	return false
}
