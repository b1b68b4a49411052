package extract

import "testing"

// TestItWouldBodyEN checks that "X said it would <verb>" marks X as a body
// for a later "the company said", while "it would be" (the empty "it")
// does not.
func TestItWouldBodyEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Tolland Freight said it would cut 300 jobs. Drivers will get a bonus, the company said.":     "Tolland Freight",
		"Tolland Freight said it will close two depots. Drivers will get a bonus, the company said.":  "Tolland Freight",
		"Tolland Freight said it would be a hard winter. Drivers will get a bonus, the company said.": "",
	})
}
