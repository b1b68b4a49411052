package extract

import "testing"

// TestCapitalDescEN checks that "The Department" written with a capital
// after the department was named in full is that department, and that a
// capitalised noun of another head is not.
func TestCapitalDescEN(t *testing.T) {
	const before = "Fees will rise by 4 percent, the Department for Fisheries and Ports announced today. "
	checkLast(t, "en", map[string]string{
		before + "The Department also confirmed that 300 boats were licensed.": "Department for Fisheries and Ports",
		before + "The Council also confirmed that 300 boats were licensed.":    "Council",
	})
}
