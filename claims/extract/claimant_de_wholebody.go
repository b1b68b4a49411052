package extract

import "strings"

// A German article stands before the first word of a body's name as before
// a noun of person ("die Ilse Marwitz GmbH", "der Ama Tell College" as
// "der Inhaber Jonas Brandt"), so chooser.noteCommon takes that word for a
// noun: chooser.stripTitles would drop it, and knownTailDE would give the
// rest of the name, registered as a person's. A name that ends in a legal
// form or in the head noun of an English body's name is a body's name
// whole: its first word is no title and its tail no person.

// wholeBodyNameDE reports whether a German claimant of three words or more
// ends in a legal form ("GmbH", legalFormDE) or in an English body's head
// noun ("Corporation", "College": orgNameEN) or opens with a body's
// noun ("Bürgerstiftung", bodyOpensNameDE), so that no leading word
// of it is cut as a title or a noun of person.
func wholeBodyNameDE(name string) bool {
	if strings.Count(name, " ") < 2 {
		return false
	}
	return legalFormDE(name[strings.LastIndexByte(name, ' ')+1:]) || orgNameEN(name) || bodyOpensNameDE(firstWord(name))
}
