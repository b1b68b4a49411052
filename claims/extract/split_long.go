package extract

import "unicode/utf8"

// maxUnitBytes is the longest unit the extractor reads whole: a longer
// sentence or line (a text without full stops, a table or a web page in
// one line) is read in pieces cut at white space. Reading a unit takes
// memory in proportion to its length: one "sentence" of 20 MB took 1.5 GB
// (2.3 GB as a line), and a file of up to 64 MB is read. The longest
// sentence of the 1,200 corpus texts has 1,819 bytes; the reader shows
// units of 20 KB shortened (app: TestReaderShortensHugeSentence).
const maxUnitBytes = 64 << 10

// capSpans returns spans with every span longer than maxUnitBytes cut
// into pieces of at most that length at white space (a word longer than
// that stays whole, in a piece of its own), trimmed; spans itself when
// none is that long.
func capSpans(text string, spans []span) []span {
	long := -1
	for i, sp := range spans {
		if sp.e-sp.s > maxUnitBytes {
			long = i
			break
		}
	}
	if long < 0 {
		return spans
	}
	out := append(make([]span, 0, len(spans)+8), spans[:long]...)
	for _, sp := range spans[long:] {
		out = appendPieces(out, text, sp)
	}
	return out
}

// appendPieces appends the pieces of sp (see capSpans) to out.
func appendPieces(out []span, text string, sp span) []span {
	s := sp.s
	for sp.e-s > maxUnitBytes {
		cut := lastSpace(text, s, s+maxUnitBytes)
		if cut <= s {
			cut = nextSpace(text, s+maxUnitBytes, sp.e)
		}
		if cut >= sp.e {
			break
		}
		if ps, pe := trimSpan(text, s, cut); pe > ps {
			out = append(out, span{ps, pe, sp.para})
		}
		s = cut
	}
	if ps, pe := trimSpan(text, s, sp.e); pe > ps {
		out = append(out, span{ps, pe, sp.para})
	}
	return out
}

// lastSpace returns the start of the last white-space character in
// text[s:e], or s when there is none.
func lastSpace(text string, s, e int) int {
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		e -= size
		if isSpaceRune(r) {
			return e
		}
	}
	return s
}

// nextSpace returns the start of the first white-space character in
// text[s:e], or e when there is none.
func nextSpace(text string, s, e int) int {
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:e])
		if isSpaceRune(r) {
			return s
		}
		s += size
	}
	return e
}
