package extract

import "testing"

// TestTheNameEN checks that a name of three words written after a
// lower-case "the" keeps a first word the text also writes in lower case
// (a body's name, not a title before a person's name), while a title
// before a person's name is still dropped.
func TestTheNameEN(t *testing.T) {
	const before = "Buyers crowded the real estate market and the open fields this spring. "
	checkLast(t, "en", map[string]string{
		before + "In Vellmark, Hanley is in first, according to the Real Clear Politics polling average.": "Real Clear Politics",
		before + "Farmers fled north, according to the Open Fields Network survey.":                       "Open Fields Network",
		"The attorney general spoke first. Attorney General Ana Ruiz said the law was clear.":             "Ana Ruiz",
	})
}
