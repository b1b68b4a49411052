package extract

import "testing"

// TestDescribedDateBeforeEN: the day between a described source and its
// verb of saying is not part of the claimant.
func TestDescribedDateBeforeEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"A county judge on Friday said the mill must pay $12 million.":           "A county judge",
		"A Dorset magistrate Tuesday said the fine would stand.":                 "A Dorset magistrate",
		"A senior port official last week said the cranes were idle.":            "A senior port official",
		"One union steward earlier this month said 40 workers had quit.":         "One union steward",
		"A ferry captain yesterday said the route would close.":                  "A ferry captain",
		"A Kelso council member on Oct. 12 said the budget was short by $3,000.": "A Kelso council member",
		"A county judge said the mill must pay $12 million.":                     "A county judge",
	})
}
