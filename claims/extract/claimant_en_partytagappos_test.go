package extract

import "testing"

// TestPartyTagApposEN checks a subject whose name a party tag in
// parentheses and an apposition follow, with a place and an abbreviated
// title before the name: the speaker is the person, not the place.
func TestPartyTagApposEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"New Harlow Gov. Ruth Amberly (R), an ally of the mayor, admitted some errors in the plan.":  "Ruth Amberly",
		"Kelby Sen. Tom Ashgrove (D-Ore.), a critic of the toll, said the fares would rise by half.": "Tom Ashgrove",
	})
}
