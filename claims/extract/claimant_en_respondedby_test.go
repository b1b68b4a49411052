package extract

import "testing"

// TestRespondedByEN checks "responded by" an act ("responded by closing
// the pier") as narration with no claimant; "responded by saying" keeps
// its speaker.
func TestRespondedByEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The Velden Ferry Company responded by closing the pier for a week.":             "",
		"Tessa Brun responded by changing the ferry timetable on the town website.":      "",
		"Tessa Brun responded by saying that the ferry company had broken the contract.": "Tessa Brun",
	})
}
