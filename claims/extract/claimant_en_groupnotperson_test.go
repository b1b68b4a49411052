package extract

import "testing"

// TestGroupNotPersonEN checks that a group claimed by a unit ("Critics
// say …") is neither the person a later epithet refers to nor the body of
// a later "the ministry said".
func TestGroupNotPersonEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Critics say the plan is too costly. The mayor said the city could afford it.":                       "",
		"Critics say the plan is too costly. In a statement, the ministry said no one was hurt.":             "", // not the critics; no ministry named (bareBodyNounEN)
		"Ann Lee says the plan is too costly. Critics agree. The senator said the city could not afford it.": "Ann Lee",
	})
}
