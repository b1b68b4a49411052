package extract

import "strings"

// markBytes are the bytes that may start a terminal or a quotation mark:
// . ! ? and quoteLeads.
var markBytes = [...]byte{'.', '!', '?', '"', 0xE2, 0xC2}

// quoteLeads are the bytes that may start a quotation mark: " and the lead
// bytes of „ “ ” ‚ ‘ ’ (0xE2) and » « (0xC2); the end of markBytes.
var quoteLeads = markBytes[3:]

// markFinder finds the places of some of markBytes in text[:end] in
// order: it keeps the place of the next of each, found by
// strings.IndexByte (which scans many bytes at a time), until the search
// passes it. Most bytes of a text are none of them.
type markFinder struct {
	text  string
	end   int
	bytes []byte              // the bytes looked for: markBytes or quoteLeads
	next  [len(markBytes)]int // at or after the last search's start; end: none
}

// newMarkFinder returns a finder of all markBytes: terminals and
// quotation marks.
func newMarkFinder(text string, end int) markFinder {
	return newByteFinder(text, end, markBytes[:])
}

// newQuoteFinder returns a finder of quoteLeads only.
func newQuoteFinder(text string, end int) markFinder {
	return newByteFinder(text, end, quoteLeads)
}

// newByteFinder returns a finder of bytes in text[:end] that has searched
// for none of them yet.
func newByteFinder(text string, end int, bytes []byte) markFinder {
	f := markFinder{text: text, end: end, bytes: bytes}
	for k := range f.next {
		f.next[k] = -1
	}
	return f
}

// from returns the place of the first of the finder's bytes in
// text[i:end], or end.
func (f *markFinder) from(i int) int {
	m := f.end
	for k, c := range f.bytes {
		if f.next[k] < i {
			f.next[k] = f.end
			if j := strings.IndexByte(f.text[i:f.end], c); j >= 0 {
				f.next[k] = i + j
			}
		}
		m = min(m, f.next[k])
	}
	return m
}
