package extract

import "testing"

// TestContinuedQuoteEN checks "He continued, “…”" and "Vell continues:
// “…”": "continued" before a comma or a colon and a quotation is a verb
// of saying; "continued" with an object is not.
func TestContinuedQuoteEN(t *testing.T) {
	lead := "“The toll will divide us,” Tom Vell said on the radio.\n\n"
	checkLast(t, "en", map[string]string{
		lead + "He continued, “There will be maybe 10 percent of the boats that leave.”":   "Tom Vell",
		lead + "Vell continues: “There will be maybe 10 percent of the boats that leave.”": "Tom Vell",
		lead + "The ferry continued its run to Tarnby on Monday.":                          "",
	})
}
