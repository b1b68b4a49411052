package extract

// compoundAbbrevTail reports whether the word text[w:i] before a full stop
// is the second part of a hyphenated abbreviation whose first part ends in
// a full stop too ("Dipl.-Ing.", "Dipl.-Kfm.", "Dr.-Ing."): the title
// stands before a name and ends no sentence ("Der Geschäftsführer,
// Dipl.-Ing. Paul Roth, sagte …"). The tail is short (at most five
// letters) and capitalised.
func compoundAbbrevTail(text string, w, i int) bool {
	if w < 2 || text[w-1] != '-' || text[w-2] != '.' {
		return false
	}
	word := text[w:i]
	if len(word) == 0 || len(word) > 5 || word[0] < 'A' || word[0] > 'Z' {
		return false
	}
	for j := 1; j < len(word); j++ {
		if c := word[j]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
