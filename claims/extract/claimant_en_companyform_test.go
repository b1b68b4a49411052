package extract

import "testing"

// TestCompanyFormEN checks (invented sentences) that a company named with
// its legal form inside a sentence is not the "she" who speaks at its end.
func TestCompanyFormEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Ann Lorrimer spoke to the jury. The firm, Harbin Supplies Ltd, had been paid £40,000, she said.": "Ann Lorrimer",
		"Ann Lorrimer spoke to the jury. In 2019 Harbin Supplies Inc. was paid £40,000, she said.":        "Ann Lorrimer",
	})
}
