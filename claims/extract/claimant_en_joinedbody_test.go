package extract

import "testing"

// TestJoinedBodyEN checks that a body's name holding "and" after "of" or
// "for", a comma list after "of", or "to" before a verb is the claimant
// whole, and that two people joined by "and" stay two.
func TestJoinedBodyEN(t *testing.T) {
	const before = "Rain fell on the harbor on Monday. "
	checkLast(t, "en", map[string]string{
		before + "The Office for Harbour Safety and Pilotage said two cranes failed.":          "Office for Harbour Safety and Pilotage",
		before + "The Department for Fisheries, Ports and Coastal Affairs said 40 boats sank.": "Department for Fisheries, Ports and Coastal Affairs",
		before + "The Campaign to Save Kelmont Pier said 9,000 people signed.":                 "Campaign to Save Kelmont Pier",
		before + "Tom Corrow and Ann Marsh said 9,000 people signed.":                          "Tom Corrow; Ann Marsh",
	})
}
