package extract

import "testing"

// TestBusinessTitleEN checks that "Chief Executive", "Challenger" and
// "Incumbent" written before a name are no part of the claimant, and
// that a body named with "Executive" keeps it.
func TestBusinessTitleEN(t *testing.T) {
	const before = "Rain fell on the harbor on Monday. "
	checkLast(t, "en", map[string]string{
		before + "Chief Executive Tobin Arkwright said sales rose 4 percent.":  "Tobin Arkwright",
		before + "Quayle Freight Chief Executive Mara Ostrow said fares rose.": "Mara Ostrow",
		before + "General Manager Ilse Varga said the buses were full.":        "Ilse Varga",
		before + "Challenger Velma Strand said rents had risen 30 percent.":    "Velma Strand",
		before + "Incumbent Corin Falk said 4,000 homes had been built.":       "Corin Falk",
		before + "The Executive Council of Ostby said the vote was valid.":     "Executive Council of Ostby",
	})
}
