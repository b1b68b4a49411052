package extract

import "testing"

// TestCommonHeadEN checks that a body's name whose head noun the text also
// writes in lower case keeps its first word, which the text writes before
// a lower-case word, as part of the name ("Norlandic Cruise Line" after
// "Norlandic officials" and "the cruise line").
func TestCommonHeadEN(t *testing.T) {
	ctx := "Norlandic officials met on Monday with the cruise line. Westmark voters said the state police had acted fast. "
	checkLast(t, "en", map[string]string{
		ctx + "Norlandic Cruise Line said in a statement that it was reviewing the rules.": "Norlandic Cruise Line",
		ctx + "Westmark State Police said several people were hurt.":                       "Westmark State Police",
	})
}
