package extract

import "testing"

// TestForBodyFullNameEN checks that a body's name with "for" after its
// head keeps its whole name when its last word is the surname of a person
// the text names and its other words stand in lower case elsewhere: the
// words before the surname are no titles.
func TestForBodyFullNameEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Ann Marsh said the salt and sand grew. An institute for coastal studies opened in May. " +
			"A 2009 report by the Institute for Coastal and Salt Marsh found that 40 acres were lost.": "Institute for Coastal and Salt Marsh",
	})
}
