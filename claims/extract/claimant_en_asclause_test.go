package extract

import "testing"

// TestAsClauseLeadEN checks that "as" opening the clause of a late verb of
// saying is left out of the group that speaks.
func TestAsClauseLeadEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The bridge closed in May. It was unsafe, as inspectors said at the time.": "inspectors",
		"The bridge closed in May. It was unsafe, as some engineers warned.":       "some engineers",
	})
}
