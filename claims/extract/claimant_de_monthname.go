package extract

// Some German first names are also the names of months ("August",
// "April", and "Jan", which the lexicon holds as the short form of
// "Januar"). Before a surname they are a first name: "Landrat August
// Roth" is August Roth, not a title and a date.

// monthFirstNamesDE are the month words that are also first names (closed
// class), in lower case.
var monthFirstNamesDE = map[string]bool{"august": true, "april": true, "jan": true}

// monthFirstNameDE reports whether the word w at the start of a name of
// several words is a month word that is also a first name.
func monthFirstNameDE(w string, more bool) bool {
	if !more || len(w) > len("august") {
		return false
	}
	var buf [8]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return monthFirstNamesDE[string(buf[:len(w)])]
}
