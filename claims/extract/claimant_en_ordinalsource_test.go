package extract

import "testing"

// TestOrdinalSourceEN checks that a definite source counted apart from one
// described before ("the second official") is a claimant as written,
// after and before its verb of saying, while "the official" still refers
// back to the source described first.
func TestOrdinalSourceEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"A senior official said the pier closed in 2019. “It was a mistake,” said the second official.":                 "the second official",
		"A senior official said the pier closed in 2019. “It was a mistake,” the other source told the Varrow Courier.": "the other source",
		"A senior official said the pier closed in 2019. “It was a mistake,” the official said.":                        "A senior official",
	})
}
