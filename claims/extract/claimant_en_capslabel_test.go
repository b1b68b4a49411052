package extract

import "testing"

// TestCapsLabelEN checks a speaker label in capitals before a quotation:
// a person named before gets the full name; a heading in capitals, a
// label with no quotation after it and an unknown label get none.
func TestCapsLabelEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Dora Vance spoke at the pier on Monday. VANCE: “The pier has been given more money than any other in the state.”":      "Dora Vance",
		"Dora Vance spoke at the pier on Monday. DORA VANCE: “The pier has been given more money than any other in the state.”": "Dora Vance",
		"Dora Vance spoke at the pier on Monday. THE FACTS: The pier got less money than two others in the state last year.":    "",
		"Dora Vance spoke at the pier on Monday. VANCE: The pier has been given more money than any other in the state.":        "",
		"Dora Vance spoke at the pier on Monday. OKAFOR: “The pier has been given more money than any other in the state.”":     "",
	})
}
