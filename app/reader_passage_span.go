package app

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"claimdesk/claims/extract"
)

// passageLineLimit is the longest line (bytes) the passage entry is given,
// and its square the most the entry's lines may cost together
// (passageSpan). Fyne's entry wraps a line by measuring, for each row, the
// rest of the line, so the time grows with the square of the line's
// length. Text pasted from a PDF or a web form often has no line break at
// all: a window of passageLimit bytes was then one line, which took 3–4 s
// to show and made every key that moved the selection slow. The window is
// cut to sentences instead; the article's text is not changed.
const passageLineLimit = 2500

// passageSpan returns the part of body to show for byte offset at: the
// window of passageWindow, narrowed so that the entry's wrap costs no more
// than one line of lineLimit bytes. The cost of a line grows with the
// square of its length, so the window's lines, from the one holding at
// outwards, are taken while the sum of their squared lengths stays within
// lineLimit squared: many short paragraphs, fewer long ones. When the line
// holding at is longer than lineLimit, the window is a run of whole
// sentences (units) of that line around at.
func passageSpan(body string, units []extract.Unit, at, limit, lineLimit int) (start, end int) {
	start, end = passageWindow(body, at, limit)
	at = max(start, min(at, end))
	ls := strings.LastIndexByte(body[:at], '\n') + 1
	le := len(body)
	if i := strings.IndexByte(body[at:], '\n'); i >= 0 {
		le = at + i
	}
	n := min(le, end) - max(ls, start)
	if n > lineLimit {
		return sentencesAround(body, units, ls, le, at, lineLimit)
	}
	budget := lineLimit*lineLimit - n*n
	for p := ls; p > start; { // lines before at's, nearest first
		q := max(start, strings.LastIndexByte(body[:p-1], '\n')+1)
		if budget -= (p - 1 - q) * (p - 1 - q); budget < 0 {
			start = p
			break
		}
		p = q
	}
	for p := le; p < end; { // lines after at's
		q := end
		if i := strings.IndexByte(body[p+1:end], '\n'); i >= 0 {
			q = p + 1 + i
		}
		if budget -= (q - p - 1) * (q - p - 1); budget < 0 {
			end = p
			break
		}
		p = q
	}
	return start, end
}

// sentencesAround returns a span of at most lineLimit bytes of the line
// body[ls:le] holding at: the sentence (unit) at at, up to a third of the
// limit of the sentences before it and as many after it as fit, so that
// the chosen sentence shows near the top of the entry. A sentence
// longer than the limit (a text without full stops) is cut at spaces.
func sentencesAround(body string, units []extract.Unit, ls, le, at, lineLimit int) (start, end int) {
	i := sort.Search(len(units), func(i int) bool { return units[i].End > at })
	if i == len(units) {
		return wordsAround(body, ls, le, at, lineLimit)
	}
	start, end = unitSpan(units[i])
	if start < ls || end > le || end-start > lineLimit {
		return wordsAround(body, ls, le, at, lineLimit)
	}
	for j := i - 1; j >= 0; j-- {
		s, _ := unitSpan(units[j])
		if s < ls || end-s > lineLimit/3 {
			break
		}
		start = s
	}
	for j := i + 1; j < len(units); j++ {
		_, e := unitSpan(units[j])
		if e > le || e-start > lineLimit {
			break
		}
		end = e
	}
	return start, end
}

// wordsAround returns a span of at most lineLimit bytes of body[ls:le]
// from a third of the limit before at, starting and ending at spaces when
// there are any.
func wordsAround(body string, ls, le, at, lineLimit int) (start, end int) {
	start = max(ls, at-lineLimit/3)
	if start > ls {
		if i := strings.IndexFunc(body[start:at], unicode.IsSpace); i >= 0 {
			start += i + 1
		}
	}
	for start < at && !utf8.RuneStart(body[start]) {
		start++
	}
	end = min(le, start+lineLimit)
	if end < le {
		if i := strings.LastIndexFunc(body[at:end], unicode.IsSpace); i > 0 {
			end = at + i
		}
	}
	for end > start && end < len(body) && !utf8.RuneStart(body[end]) {
		end--
	}
	return start, end
}
