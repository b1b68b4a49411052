package extract

import "testing"

// TestLegalFormEN checks that a company named without its legal form
// keeps its plain name, and one named with it keeps the form.
func TestLegalFormEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Shares of Harborline Inc. fell on Monday. Harborline said it would close the pier.":                "Harborline",
		"Shares of Harborline fell on Monday. Harborline Inc. said it would close the pier.":                "Harborline Inc",
		"Shares of Harborline Widgets fell on Monday. Harborline said it would close the pier on Saturday.": "Harborline Widgets",
	})
}
