package extract

import "testing"

// TestCollectiveModifierEN checks that a collective noun before a plural
// noun ("board members") leaves the plural noun the head of the group,
// and that a phrase of examples set off by commas is no subject.
func TestCollectiveModifierEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The club met on Friday. Some board members argue that the fee is too high.":            "Some board members",
		"The club met on Friday. Several committee members argue that the fee is too high.":     "Several committee members",
		"The club met on Friday. Some members argue that the fee is too high.":                  "Some members",
		"The club met on Friday. Many parents, including union members, argue that it is high.": "",
		"The club met on Friday. Many people, including parents, argue that it is high.":        "",
	})
}
