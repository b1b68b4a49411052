package extract

// "Smiling Lee returns to the harbor" as a headline, "Ann Lee won the
// seat" below: a headline capitalises the word before a surname, so a
// name that opens the text's first unit, on a line of its own, may be no
// first name and surname. When the text never names that person again in full, a later
// full name with the same surname takes the surname ("Lee said" is Ann
// Lee).

// headlineOnlyEN reports whether the English person p was named by the
// opening words of the text's first unit, a line of its own, and never again by a name of two
// words or more, and a new name whose first word is first does not open
// with p's first word ("Sarah Lee" in the headline and "Sarah Jane Lee"
// below are one person, named shorter and longer).
func headlineOnlyEN(p *person, first string) bool {
	return p.opening && p.named == 0 && firstWord(p.name) != first
}

// lineEndsAt reports whether only spaces or tabs stand between byte end of
// doc and a line break or the end of doc.
func lineEndsAt(doc string, end int) bool {
	for i := end; i < len(doc); i++ {
		switch doc[i] {
		case ' ', '\t', '\r':
			continue
		case '\n':
			return true
		}
		return false
	}
	return true
}
