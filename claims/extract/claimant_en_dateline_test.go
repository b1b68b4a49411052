package extract

import "testing"

// TestDatelineBodyEN checks that a wire dateline before the opening body
// does not keep "the company said" from naming the body.
func TestDatelineBodyEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Heavy rain hit the coast.\n\nPORT ELLAN (Wire) - Corliss Shipping cancelled ten sailings, the company said.": "Corliss Shipping",
	})
}

// TestDatelineEndEN checks where a dateline ends.
func TestDatelineEndEN(t *testing.T) {
	var z tokenizer
	for text, want := range map[string]int{
		"PORT ELLAN (Wire) - Corliss Shipping cancelled ten sailings.": 6,
		"PORT ELLAN, May 3 — Corliss Shipping cancelled ten sailings.": 6,
		"Corliss Shipping - the ferry firm - cancelled ten sailings.":  0,
		"KELDA - the alliance - met on Monday.":                        2, // read as a dateline too
	} {
		if got := datelineEndEN(z.tokenize(text, lexEN), text); got != want {
			t.Errorf("%q: %d, want %d", text, got, want)
		}
	}
}

// TestDatelineCutEN checks that the place of a wire story's dateline is
// never the claimant, while the agency reporting later still is.
func TestDatelineCutEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"HARBOR CITY (Wire) - Fishermen are growing worried that the port will close by 2030.": "",
		"HARBOR CITY (Wire) - The tax will rise by 40 percent, the Harbor Post reported.":      "Harbor Post",
		"HARBOR CITY (Wire) - Ann Lee said the tax would rise by 40 percent.":                  "Ann Lee",
	})
}
