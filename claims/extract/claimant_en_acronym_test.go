package extract

import "testing"

// TestAcronymFullEN checks that an acronym claimant gets the name of the
// body the text named in full, and stays when the text named none.
func TestAcronymFullEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Harbor Rescue Watch released a report on Monday. HRW said the pier was unsafe.": "Harbor Rescue Watch",
		"The report came out on Monday. HRW said the pier was unsafe.":                   "HRW",
	})
	if got := initialsEN("Office for Harbor Safety"); got != "OHS" {
		t.Errorf("initialsEN = %q, want OHS", got)
	}
}
