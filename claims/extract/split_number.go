package extract

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
