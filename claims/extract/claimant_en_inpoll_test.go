package extract

import "testing"

// TestInPollEN checks that a finding given inside "in a <Name> poll" has
// the poll as its claimant, and that "in a" before other capitalised words
// or a unit without a figure gives none.
func TestInPollEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"In a Harlow Courier poll released Sunday, 61 percent of voters disapproved of the plan.": "Harlow Courier poll",
		"Lee led Bell by six points in a HCN News poll on Sunday.":                                "HCN News poll",
		"In the latest Ostwick University Poll, 52 percent backed the plan.":                      "Ostwick University Poll",
		"In a national HARLOW TODAY/Ostwick University Poll, 52 percent backed the plan.":         "HARLOW TODAY/Ostwick University Poll",
		"He grew up in a Harlow Courier neighbourhood with 300 houses.":                           "",
		"In a Harlow Courier poll, voters backed the plan.":                                       "",
	})
}
