package extract

import "testing"

// TestQuotedTitleEN checks that a title opening with a single quotation
// mark takes no speaker from the sentences before it, while a quotation in
// double marks or in two apostrophes still does.
func TestQuotedTitleEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"“The pier will close,” said Ruth Okafor.\n\n‘NO DEAL’ AT THE PIER":            "",
		"“The pier will close,” said Ruth Okafor.\n\n'Is the ferry safe?'":             "",
		"“The pier will close,” said Ruth Okafor.\n\n“The ferry is not safe.”":         "Ruth Okafor",
		"“The pier will close,” said Ruth Okafor.\n\n''The ferry is not safe.''":       "Ruth Okafor",
		"“The pier will close,” said Ruth Okafor.\n\n'Very late' ferries anger riders": "",
	})
}
