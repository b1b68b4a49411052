package extract

import "testing"

// TestDocumentFromEN checks that a document "from" or "by" a named body,
// as the subject of a verb of saying, gives the body as the claimant.
func TestDocumentFromEN(t *testing.T) {
	const before = "The city will build on the park. "
	checkLast(t, "en", map[string]string{
		before + "A statement from the Parks Department said the work would start in May.": "Parks Department",
		before + "A new report by the Budget Office says costs will double.":               "Budget Office",
	})
}
