package match

import (
	"strings"
	"time"
	"unicode"
)

// dateLayouts are the date forms found in fact-check archives.
var dateLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02",
	"January 2, 2006", "Jan 2, 2006", "2 January 2006", "2 Jan 2006", "02.01.2006", "1/2/2006",
}

// ParseDate reads a date as archives write it ("2019-10-22", "26 May 2015",
// "stated on October 22, 2019 in a campaign mailer."); the zero time when
// there is none.
func ParseDate(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	if t, ok := tryLayouts(s); ok {
		return t
	}
	// A date inside a sentence: try every window of 2 to 4 words.
	w := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ':' })
	for n := 4; n >= 1; n-- {
		for i := 0; i+n <= len(w); i++ {
			cand := strings.TrimRight(strings.Join(w[i:i+n], " "), ".;")
			if t, ok := tryLayouts(cand); ok {
				return t
			}
		}
	}
	return time.Time{}
}

// tryLayouts parses s by the first of dateLayouts that reads it as a date
// between the years 1800 and 2200, in UTC.
func tryLayouts(s string) (time.Time, bool) {
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil && t.Year() > 1800 && t.Year() < 2200 {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}
