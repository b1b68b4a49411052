package extract

import "testing"

// TestTrailingSayEN checks that a plural group taking a position before a
// trailing attribution is not its speaker, and that it still is without one.
func TestTrailingSayEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Most drivers back the toll, survey finds":                            "",
		"Most drivers back the toll, inspectors say":                          "inspectors",
		"Most drivers back the toll and want it kept until summer.":           "Most drivers",
		"Police logged 300 stolen bikes in 2023, it's in the crime report":    "",
		"Police logged 300 stolen bikes in 2023, that’s in the crime report.": "",
	})
}
