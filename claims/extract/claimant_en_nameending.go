package extract

// A single capitalised word in -s is taken for a group ("Democrats",
// "Republicans"), which no "he" or "she" refers to; but English plurals
// of groups seldom end in "-as", "-os" or "-us", the endings of many
// first names ("Tobias", "Carlos", "Marcus"), so such a word is read as a
// person's name.

// nameEndingEN reports whether the capitalised word w, of four letters
// or more, ends in "as", "os" or "us".
func nameEndingEN(w string) bool {
	n := len(w)
	if n < 4 || w[n-1] != 's' {
		return false
	}
	switch w[n-2] {
	case 'a', 'o', 'u':
		return true
	}
	return false
}
