package extract

import "testing"

// TestPollRespondentsEN checks a share of respondents as the subject of
// "said" after a claimant brought a poll up: the poll's issuer; without a
// poll brought up, or with another subject, none.
func TestPollRespondentsEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Harbor Polling said in a poll released Monday that support fell. Some 56 percent of commuters said the tolls were too high.": "Harbor Polling",
		"Harbor Polling said in a poll released Monday that support fell. Almost half of respondents said the ferry was late.":        "Harbor Polling",
		"Harbor Polling said in a poll released Monday that support fell. The ferry left at noon. Thirty percent said it was late.":   "Harbor Polling",
		"The ferry left at noon. Thirty percent said the ferry was late.":                                                             "",
	})
}
