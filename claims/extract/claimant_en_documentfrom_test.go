package extract

import "testing"

// TestDocumentFromEN checks that a document "from" or "by" a named body,
// as the subject of a verb of saying, gives the body as the claimant.
func TestDocumentFromEN(t *testing.T) {
	const before = "The city will build on the park. "
	checkLast(t, "en", map[string]string{
		before + "A statement from the Parks Department said the work would start in May.": "Parks Department",
		before + "A new report by the Budget Office says costs will double.":               "Budget Office",
		// a participle of issuing and words saying when before "by"
		before + "A report released Tuesday by the state auditor found that 40 bridges need repair.": "state auditor",
		before + "A study published last week by the county health department found 40 cases.":       "county health department",
		before + "A report released Tuesday found that 40 bridges need repair.":                      "",
	})
}
