package extract

import "testing"

// TestCoSubjectAsideEN checks a coordinated subject with an apposition or
// a relative clause set off by commas before its verb of saying: every
// conjunct is a claimant.
func TestCoSubjectAsideEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Ann Lee and Tom Bell, spokespersons for the port, rejected the claims.":                             "Ann Lee; Tom Bell",
		"Ann Lee and Tom Bell, who were both appointed by the council, insisted they are working to comply.": "Ann Lee; Tom Bell",
		"Tom Bell met the board. Ann Lee, a spokeswoman for the port, said the toll would rise.":             "Ann Lee",
	})
}
