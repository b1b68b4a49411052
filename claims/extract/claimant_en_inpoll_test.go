package extract

import (
	"strings"
	"testing"
)

// TestInPollEN checks that a finding given inside "in a <Name> poll" has
// the poll as its claimant, and that "in a" before other capitalised words
// or a unit without a figure gives none.
func TestInPollEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"In a Harlow Courier poll released Sunday, 61 percent of voters disapproved of the plan.":               "Harlow Courier poll",
		"Lee led Bell by six points in a HCN News poll on Sunday.":                                              "HCN News poll",
		"In the latest Ostwick University Poll, 52 percent backed the plan.":                                    "Ostwick University Poll",
		"In a national HARLOW TODAY/Ostwick University Poll, 52 percent backed the plan.":                       "HARLOW TODAY/Ostwick University Poll",
		"Lee trails Bell by 9 points in May's Harlow Courier poll.":                                             "Harlow Courier poll",
		"In the July survey, 12 percent of tenants backed the plan.":                                            "",
		"In a Harlow Courier poll released Monday, 31% of renters and young homeowners said they back the cap.": "Harlow Courier poll",
		"He grew up in a Harlow Courier neighbourhood with 300 houses.":                                         "",
		"In a Harlow Courier poll, voters backed the plan.":                                                     "",
	})
}

// TestPollShareEN checks that units giving shares after a poll was
// brought up keep the poll's issuer as claimant (the first unit's own rule
// gives "Harlow Courier" for a poll "released Monday"; a unit's first "A"
// is no part of that name, namedIssuerBeforeEN), and that a quotation, a
// unit without a share and a share far from the poll do not.
func TestPollShareEN(t *testing.T) {
	text := "A Harlow Courier poll released Monday found that most tenants back the rent cap.\n\n" +
		"Among renters under 30, the figure is 61 percent.\n\n" +
		"Ann Lee trails Tom Bell at 13 percent.\n\n" +
		"\"I expected 40 percent,\" the mayor's aide wrote.\n\n" +
		"The council meets on Friday."
	got := claimantsOf(text, "en")
	want := []string{"Harlow Courier", "Harlow Courier", "Harlow Courier", "", ""}
	if len(got) != len(want) {
		t.Fatalf("%d units %q, want %d", len(got), got, len(want))
	}
	for i := range want[:3] {
		if got[i] != want[i] {
			t.Errorf("unit %d: claimant %q, want %q", i, got[i], want[i])
		}
	}
	if got[3] == "Harlow Courier" || got[4] != "" {
		t.Errorf("units 3, 4: claimants %q, %q: a quotation or a unit without a share is not the poll's", got[3], got[4])
	}
	far := "A Harlow Courier poll found that most tenants back the rent cap.\n\n" + strings.Repeat("The council meets on Friday.\n\n", 8) + "Rents rose by 4 percent last year."
	if c := claimantOfLast(far, "en"); c != "" {
		t.Errorf("a share eight units after the poll: claimant %q, want none", c)
	}
}
