package extract

import "strings"

// lowerHeadEN reports whether the English claimant name of three words or
// more ends in a lower-case word: a group or a thing named by a common
// noun after the capitalised words of a body ("Harbor Patrol agents",
// "City Council leaders"), not a person's name with a title before it, so
// stripTitlesEN keeps its first words even when the text also writes them
// in lower case ("border", "city").
func lowerHeadEN(name string) bool {
	return strings.Count(name, " ") >= 2 && !upperFirst(lastWord(name))
}
