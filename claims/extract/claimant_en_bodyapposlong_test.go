package extract

import "testing"

// TestBodyApposLongEN checks that a name in apposition to "the", a
// modifier and a body noun is noted as a body, so that a later "the
// company said" gives it.
func TestBodyApposLongEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The ferry operator, Gullwing Marine, disputed that account. In a statement, the company said the crossing had been safe.": "Gullwing Marine",
		"The regional bus operator, Tallow Lines, rejected the claim. The company said the buses had run on time.":                 "Tallow Lines",
	})
}
