package extract

import "testing"

// TestCompanyOfKindEN checks that "the company" does not refer to a
// government department quoted last, but still to a business.
func TestCompanyOfKindEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The Department of Transit said on Monday that it would review the contract. The company reported a loss of 40 million dollars.": "",
		"The Ostrava Ministry said it would review the deal. The firm said its sales fell.":                                              "",
		"Harbor Freight Corp said on Monday that it would cut 300 jobs. The company reported a loss of 40 million dollars.":              "Harbor Freight Corp",
	})
}
