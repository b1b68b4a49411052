package extract

import "testing"

// TestAppositionOfBodyEN checks that an apposition giving a full name and
// the body or place the person belongs to, between commas before the verb
// of saying, names the person.
func TestAppositionOfBodyEN(t *testing.T) {
	const before = "Shares of the brewer rose on Tuesday. "
	checkLast(t, "en", map[string]string{
		before + "Another analyst, Tessa Brolin of Northgate Partners, said the rise would not last.": "Tessa Brolin",
		before + "Her rival, Mayor Ivo Kranz of Elmsworth, said the plan was too costly.":             "Ivo Kranz",
		before + "A second expert, Jonas Pell at the Wexford Institute, said the data were thin.":     "Jonas Pell",
	})
}
