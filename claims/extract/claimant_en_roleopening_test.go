package extract

import "testing"

// TestRoleOpeningEN checks (invented sentences) a subject opened by a role
// in lower case and a name, with an apposition between the name and the
// verb of saying.
func TestRoleOpeningEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Political commentator Maren Yusuf, of Westbury University, said the shift was within the margin of error.": "Maren Yusuf",
		"Senior analyst Tom Reddaway, at Harbor Capital, told reporters that sales fell 4 percent.":                 "Tom Reddaway",
		"In the end the prices, at Harbor Capital, told a story.":                                                   "",
		"Farm worker Tomas Reyes, brought to the valley when he was 2, remembers the flood of 2011.":                "",
	})
}
