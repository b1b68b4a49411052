package extract

import "testing"

// TestDocumentRefEN checks "the statement said" after a claimant brought a
// statement up with "a": the document speaks for its issuer; a definite
// mention records no issuer, and a document brought up long before is no
// longer the one meant.
func TestDocumentRefEN(t *testing.T) {
	far := "Harbor Watch said in a statement that the pier was unsafe."
	for i := 0; i < 8; i++ {
		far += " The ferry left at noon."
	}
	checkLast(t, "en", map[string]string{
		"Harbor Watch said in a statement that the pier was unsafe. The ferry left at noon. The statement said the tolls were illegal.": "Harbor Watch",
		"Ann Lester wrote in an open letter that the tolls must go. The letter also says the mayor ignored the council.":                "Ann Lester",
		"Ann Lester read the statement aloud. The statement said the tolls were illegal.":                                               "",
		far + " The statement said the tolls were illegal.":                                                                             "",
	})
}
