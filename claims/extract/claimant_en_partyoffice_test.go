package extract

import "testing"

// TestPartyOfficeEN checks an office in a party written between the party
// label and the name ("Senate Democratic Leader …"): it is no part of the
// name, in the unit and in later units that name the surname alone.
func TestPartyOfficeEN(t *testing.T) {
	for in, want := range map[string]string{
		"Senate Democratic Leader Rosa Kindell": "Rosa Kindell",
		"Republican Leader Tom Ashgrove":        "Tom Ashgrove",
		"Republican Leader":                     "Republican Leader",
	} {
		if got := partyLeadEN(in); got != want {
			t.Errorf("partyLeadEN(%q) = %q, want %q", in, got, want)
		}
	}
	checkLast(t, "en", map[string]string{
		"Senate Democratic Leader Rosa Kindell called the fund a “slush fund.”":                            "Rosa Kindell",
		"Senate Democratic Leader Rosa Kindell spoke on Monday. Kindell said the vote would be on Friday.": "Rosa Kindell",
	})
}
