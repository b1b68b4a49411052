package extract

import "strings"

// The date and time lines of a pasted page ("Stand: 05.12.2026, 14:32
// Uhr", "Updated 3 hours ago"), read by housekeeping.go.

// hkStampLine reports whether ut is a date or time line: a label of kind
// hkStamp followed by a date or a clock time only ("Aktualisiert am
// 05.12.2026 – 11:47 Uhr", "Updated 3 hours ago"), or a date or clock
// time alone (hkClockOrDateFields: a bare number is a list's or a paragraph's).
func hkStampLine(ut string) bool {
	return hkStampFields(ut, strings.Fields(ut))
}

// hkStampFields is hkStampLine for ut split into its words f.
func hkStampFields(ut string, f []string) bool {
	for n := 2; n >= 1; n-- {
		if len(f) > n && hkLabelOf(f[:n]) == hkStamp {
			return hkDateTimeOnlyFields(f[n:])
		}
	}
	return hkDateTimeOnlyFields(f) && hkClockOrDateFields(f) // the first ends at the first other word
}

// hkClockOrDateFields reports whether the words f hold a clock time
// ("14:32", "9 a.m.", "12.35 Uhr"), a month's name or a date in digits
// ("05.12.2026").
func hkClockOrDateFields(f []string) bool {
	var buf [64]byte
	for _, w := range f {
		lw := string(hkFold(buf[:0], strings.Trim(w, hkSeparators)))
		switch {
		case strings.Contains(lw, ":") && hkNumeric(lw), strings.Count(lw, ".") >= 2 && hkNumeric(lw):
			return true
		case lw == "uhr" || lw == "uhr." || lw == "a.m." || lw == "p.m." || lw == "am" && w == "AM" || lw == "pm":
			return true
		case lexDE[strings.TrimSuffix(lw, ".")]&cMonth != 0 || lexEN[strings.TrimSuffix(lw, ".")]&cMonth != 0:
			return true
		}
	}
	return false
}

// hkDateWords are the words of a date or clock time that are no month or
// weekday (lower case).
var hkDateWords = map[string]bool{
	"am": true, "um": true, "uhr": true, "vor": true, "at": true, "on": true, "ago": true,
	"a.m.": true, "p.m.": true, "stunden": true, "stunde": true, "minuten": true, "minute": true,
	"tagen": true, "hours": true, "hour": true, "minutes": true, "mins": true, "min": true,
	"min.": true, "days": true, "day": true, "read": true, "lesezeit": true, "heute": true,
	"today": true, "gestern": true, "yesterday": true, "mon": true, "tue": true, "wed": true,
	"thu": true, "fri": true, "sat": true, "sun": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "oct": true, "nov": true,
	"dec": true, "dez": true, "okt": true, "mrz": true,
}

// hkDateTimeOnly reports whether s is made of a date, a clock time, a time
// zone or a span like "3 hours ago" only (with separators such as commas,
// dashes and bars), and holds at least one word.
func hkDateTimeOnly(s string) bool {
	return hkDateTimeOnlyFields(strings.Fields(s))
}

// hkDateTimeOnlyFields is hkDateTimeOnly for the words f.
func hkDateTimeOnlyFields(f []string) bool {
	n := 0
	for _, w := range f {
		w = strings.Trim(w, hkSeparators)
		if w == "" {
			continue
		}
		n++
		if !hkDateWord(w) {
			return false
		}
	}
	return n > 0
}

// hkSeparators are the marks around and between the words of a date or
// time line ("05.12.2026 | 14:32", "(updated)").
const hkSeparators = ",|·–—-()"

// hkDateWord reports whether w (a word without hkSeparators around it, not
// empty) belongs to a date or a clock time: a word of hkDateWords, a month
// or a weekday, digits (hkNumeric), or a time zone ("CET", "AM").
func hkDateWord(w string) bool {
	var buf [64]byte
	lw := string(hkFold(buf[:0], w))
	switch {
	case hkDateWords[lw] || hkDateWords[strings.TrimSuffix(lw, ".")]:
	case lexDE[strings.TrimSuffix(lw, ".")]&(cMonth|cWeekday) != 0 || lexEN[strings.TrimSuffix(lw, ".")]&(cMonth|cWeekday) != 0:
	case hkNumeric(w):
	case hkZone(w):
	default:
		return false
	}
	return true
}

// hkZone reports whether w is a time zone or a half of the day in capitals
// ("CET", "EST", "AM").
func hkZone(w string) bool {
	return len(w) >= 2 && len(w) <= 5 && (w == "AM" || w == "PM" || strings.HasSuffix(w, "T")) && strings.ToUpper(w) == w
}

// hkNumeric reports whether w is digits with the separators of dates and
// clock times ("05.12.2026", "14:32", "2026", "3.").
func hkNumeric(w string) bool {
	d := 0
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			d++
		case r == '.' || r == ':' || r == '/':
		default:
			return false
		}
	}
	return d > 0
}
