package extract

import "testing"

// TestPluralHeadEN checks that "the airline said" refers to a body whose
// name ends in the plural of the noun ("Westbrook Airlines").
func TestPluralHeadEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Westbrook Airlines said the plane was safe. Tests will go on, the airline said.": "Westbrook Airlines",
		"Calder Steel Works said the mill was safe. The work went on, the company said.":  "",
	})
}
