package extract

import "strings"

// An English contraction opens no name: "I'm Rachel Martin" introduces
// Rachel Martin, "It's Up To Us" is a title. A word whose apostrophe is
// followed by "m", "ve", "ll", "re" or "d" is a pronoun with its verb
// ("I'm", "We've", "They'll", "We're", "I'd"); one followed by "s" is a
// contraction only after a pronoun or adverb of a closed class ("It's",
// "That's", "Here's"), and otherwise a possessive or a name ("O'Brien"
// has a capital after its apostrophe and no such ending).

// contractedSEN are the words a contracted "is" or "us" follows.
var contractedSEN = map[string]bool{
	"it": true, "that": true, "here": true, "there": true, "what": true, "let": true,
	"he": true, "she": true, "who": true, "where": true, "how": true, "when": true,
}

// contractionEN reports whether the word w is an English contraction of a
// pronoun or adverb with a verb.
func contractionEN(w string) bool {
	i := strings.IndexAny(w, "'’")
	if i <= 0 {
		return false
	}
	head := strings.ToLower(w[:i])
	tail := w[i+1:]
	if w[i] != '\'' {
		tail = w[i+len("’"):]
	}
	switch strings.ToLower(tail) {
	case "m", "ve", "ll", "re", "d":
		return true
	case "s":
		return contractedSEN[head]
	}
	return false
}
