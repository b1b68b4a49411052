package extract

import "strings"

// A live blog opens an entry with the time it was posted, often on the
// entry's own line ("10:42 a.m. ET") but as often before its first
// sentence ("11:15 a.m. ET The port will stay closed …"). The time is
// no part of the sentence: it is a unit of its own, as on its own line.
// Only a time with a.m./p.m. or a zone in capitals counts, so that
// "10:32 Uhr" and a sentence that opens with a number stay whole.

// stampEnd returns the end of a clock time that opens block b, with
// "a.m."/"p.m." (any case, stops optional) and a zone in capitals, or a
// zone alone ("14:05 GMT"), when a capitalised word follows it; b.s when
// the block opens with no such time.
func stampEnd(text string, b span) int {
	t := text[b.s:b.e]
	i := clockLen(t)
	if i == 0 {
		return b.s
	}
	end := i
	if n := meridiemLen(t[i:]); n > 0 {
		i += n
		end = i
	}
	if n := zoneLen(t[i:]); n > 0 {
		i += n
		end = i
	} else if end == clockLen(t) {
		return b.s // a clock time alone: "10:32 A spokeswoman …" (timeStampEndEN)
	}
	if len(t) < end+2 || t[end] != ' ' || !isUpperASCII(t[end+1]) {
		return b.s
	}
	return b.s + end
}

// clockLen returns the length of hours and minutes opening s ("9:05",
// "11:15"), 0 when s opens with none.
func clockLen(s string) int {
	h := 0
	for h < len(s) && h < 3 && s[h] >= '0' && s[h] <= '9' {
		h++
	}
	if h == 0 || h > 2 || len(s) < h+3 || s[h] != ':' || !isDigits(s[h+1:h+3]) {
		return 0
	}
	if len(s) > h+3 && s[h+3] >= '0' && s[h+3] <= '9' {
		return 0
	}
	return h + 3
}

// meridiemLen returns the length of " a.m.", " pm", " P.M." and the like
// opening s (with the space before it), 0 when s opens with none.
func meridiemLen(s string) int {
	for _, m := range [...]string{" a.m.", " p.m.", " am", " pm"} {
		if len(s) >= len(m) && strings.EqualFold(s[:len(m)], m) && (len(s) == len(m) || s[len(m)] == ' ') {
			return len(m)
		}
	}
	return 0
}

// zoneLen returns the length of a time zone in two to four capitals
// ending in "T" (" ET", " EST", " GMT", " CEST") opening s with the
// space before it, 0 when s opens with none.
func zoneLen(s string) int {
	n := 1
	for n < len(s) && n < 6 && isUpperASCII(s[n]) {
		n++
	}
	if len(s) < 3 || s[0] != ' ' || n < 3 || n > 5 || s[n-1] != 'T' || n < len(s) && s[n] != ' ' {
		return 0
	}
	return n
}

// isUpperASCII reports whether c is an ASCII capital.
func isUpperASCII(c byte) bool {
	return c >= 'A' && c <= 'Z'
}
