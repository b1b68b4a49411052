package extract

import "testing"

// TestNameVerbEN checks that a capitalised verb form inside a name of a
// sentence-case unit is no verb of saying, while a title-case headline
// keeps it.
func TestNameVerbEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Talks failed. The Gulf States Forum met on Monday in Vell.":                          "",
		"Talks failed. The talks were mediated by the Coastal States Forum, a regional body.": "",
		"Talks failed. The Harbor Reports Group met on Monday in Vell.":                       "",
		"Talks failed. Ann Lee Says Pier Will Close":                                          "Ann Lee",
	})
}
