package extract

// The oblique and possessive forms of the German personal pronouns open a
// sentence with a capital letter ("Ihre Antworten …", "Ihnen zufolge …",
// "Seinen Posten …") but never name anyone: a closed class of function
// words that the claimant rules must not take for a name.

// pronounFormsDE are the oblique and possessive forms of the third-person
// and polite pronouns, lower-cased ("er", "sie", "es", "ihr" themselves
// are in adverbsDE).
var pronounFormsDE = map[string]bool{
	"ihre": true, "ihren": true, "ihrer": true, "ihrem": true, "ihres": true, "ihnen": true,
	"ihm": true, "ihn": true, "sein": true, "seine": true, "seinen": true, "seiner": true, "seinem": true,
	"seines": true, "deren": true, "dessen": true, "denen": true,
}
