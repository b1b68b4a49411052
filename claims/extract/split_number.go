package extract

import (
	"strconv"
	"strings"
)

// thousandsNumber reports whether word is a whole number written with dots
// between groups of three digits ("9.100", "1.250.000"), as German writes
// a large number. Its full stop may end a sentence ("… stieg auf 9.100.
// Knapp die Hälfte …"), unlike the inner stops of "U.S." or "z.B.". A
// date ("3.10.") or a decimal ("3.5") has a last group of other than three
// digits and is not one.
func thousandsNumber(word string) bool {
	group := 0 // digits in the current group
	groups := 0
	for i := 0; i < len(word); i++ {
		switch c := word[i]; {
		case c >= '0' && c <= '9':
			group++
		case c == '.':
			if group == 0 || group > 3 || groups > 0 && group != 3 {
				return false
			}
			groups++
			group = 0
		default:
			return false
		}
	}
	return groups > 0 && group == 3
}

// decimalNumber reports whether word, written after before, is a number with
// a decimal point ("36.12", "0.5"), whose full stop may end a sentence ("…
// closed at $36.12. That was …"). A word that could be a German date
// ("24.12.", "3.10.": day and month of one or two digits each) is one only
// after a currency sign ("$3.12"); a word with more than one inner stop
// ("1.2.3", "U.S") never.
func decimalNumber(before, word string) bool {
	dot := strings.IndexByte(word, '.')
	if dot <= 0 || dot == len(word)-1 || !isDigits(word[:dot]) || !isDigits(word[dot+1:]) {
		return false
	}
	if strings.HasSuffix(before, "$") || strings.HasSuffix(before, "£") || strings.HasSuffix(before, "€") {
		return true
	}
	return !dayMonth(word[:dot], word[dot+1:])
}

// dayMonth reports whether day and month (digits) could be a German date's
// day and month.
func dayMonth(day, month string) bool {
	if len(day) > 2 || len(month) > 2 {
		return false
	}
	d, _ := strconv.Atoi(day)
	m, _ := strconv.Atoi(month)
	return d >= 1 && d <= 31 && m >= 1 && m <= 12
}
