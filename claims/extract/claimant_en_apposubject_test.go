package extract

import "testing"

// TestAppositionSubjectEN checks a subject with an apposition before its
// verb of saying: an indefinite noun phrase after the verb is what was
// said, not a source; after a statement, "…, said a baker" still names one.
func TestAppositionSubjectEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Rents rose again. Its spokesman, Emmett Dray, said a similar cap in a neighboring state cut building permits.": "Emmett Dray",
		"Rents rose again. Emmett Dray, the group's spokesman, said a similar cap cut building permits.":                "Emmett Dray",
		"Rents rose again. Emmett Dray, a spokesman for the group, said a similar cap cut building permits.":            "Emmett Dray",
		"Yields fell. The growers' union, Calder Farm Bureau, said a dry winter had cut the harvest by a third.":        "Calder Farm Bureau",
		"Bread prices rose by a third, said a baker in the town.":                                                       "a baker in the town",
	})
}
