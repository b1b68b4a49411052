package extract

import "testing"

// TestGroupOpinionEN checks an unnamed group as the subject of a plural
// verb of belief or concern with a complement, and no claimant for an
// aside, an adverb after the verb, a verb of wish or the noun "fear".
func TestGroupOpinionEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Many economists believe the harbor tax will raise rents.":            "Many economists",
		"Some critics fear the new ferry schedule will strand commuters.":     "Some critics",
		"The ferry will be late, some commuters think, because of the storm.": "",
		"Harbor residents think fondly of the old pier.":                      "",
		"Many residents hope the pier will reopen in May.":                    "",
		"The politics of fear drive the harbor debate.":                       "",
	})
}
