package extract

import "testing"

// TestHighlightsInterviewEN checks an interview printed as highlights: a
// heading "Interview highlights", topic headings ("On the ferry") and the
// guest's answers without quotation marks. The answers are the guest's,
// the speaker quoted last before the heading; a topic heading and a
// credit line ("… contributed to this report.") are nobody's; without the
// heading an unmarked sentence stays the author's.
func TestHighlightsInterviewEN(t *testing.T) {
	lead := "Ann Vell, the mayor of Port Kelby, spoke with the Gazette about the new ferry.\n\n“The ferry will run every hour,” Vell said.\n\n"
	hl := lead + "Interview highlights\n\nOn the ferry\n\n"
	checkLast(t, "en", map[string]string{
		hl + "The ferry will carry 300 passengers. It was built in Norway.":                          "Ann Vell",
		hl + "The ferry will carry 300 passengers.":                                                  "Ann Vell",
		hl + "The ferry will carry 300 passengers.\n\nOn the budget":                                 "",
		hl + "The ferry will carry 300 passengers.\n\nOn the budget\n\nThe county paid $12 million.": "Ann Vell",
		hl + "The ferry will carry 300 passengers.\n\nTom Ash contributed to this report.":           "",
		lead + "The ferry will carry 300 passengers.":                                                "",
	})
}
