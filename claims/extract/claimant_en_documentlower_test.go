package extract

import "testing"

// TestDocumentLowerIssuerEN checks that a document's issuer written in
// lower case and ending in a public body's noun is the claimant.
func TestDocumentLowerIssuerEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Roads got worse. A report by the state transportation department found that half the bridges in Varrow needed repairs.":  "state transportation department",
		"Roads got worse. A statement from the county health office said that the water in Varrow was safe.":                      "county health office",
		"Roads got worse. A report by the state transportation department showed that half the bridges in Varrow needed repairs.": "state transportation department",
		"Roads got worse. A study by the regional planning commission found that half the bridges in Varrow needed repairs.":      "regional planning commission",
	})
}
