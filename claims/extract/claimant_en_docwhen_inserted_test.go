package extract

import "testing"

// TestInsertedWhenIssuerEN checks that a document by an issuer with words
// saying when between commas after the name is the issuer's, and that
// "the study said" later takes the issuer up.
func TestInsertedWhenIssuerEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"A study by the Marle Policy Institute, published in March, estimated that 19 ships are needed.":                                         "Marle Policy Institute",
		"A study by the Marle Policy Institute, published in March, estimated that 19 ships are needed. The study said only 13 were in service.": "Marle Policy Institute",
	})
}
