package extract

import "testing"

// TestQuantifiedGroupEN checks that a quantifier opening a group subject
// stays in the claimant when the text also writes the quantifier in lower
// case elsewhere, and that a title the text writes in lower case is still
// cut before a person's name.
func TestQuantifiedGroupEN(t *testing.T) {
	const before = "Some of the ferries were late, and other boats stayed in port; most of the crews and many of the pilots went home, and several of the docks closed. "
	checkLast(t, "en", map[string]string{
		before + "Some Harbor Party members said the levy would hurt small traders.": "Some Harbor Party members",
		before + "Several NLP senators argued that the port needed a new pier.":      "Several NLP senators",
		before + "Other Norland Labour leaders said on Monday the tax was fair.":     "Other Norland Labour leaders",
		before + "Most Norland dock unions say the dam is a mistake.":                "Most Norland dock unions",
	})
	checkLast(t, "en", map[string]string{
		"The mayor of Dunmore spoke on Monday. Mayor Ann Lee said the pier would open in May.": "Ann Lee",
	})
}
