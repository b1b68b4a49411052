package extract

import "testing"

// TestDescribedFullEN checks that a described source that ends in a
// person's surname ("a spokesman for Conway") is kept as written, not
// replaced by that person's full name.
func TestDescribedFullEN(t *testing.T) {
	const before = "Senate leader Mitch Conway spoke on Monday. "
	checkLast(t, "en", map[string]string{
		before + "A spokesman for Conway said the leader supports the bill.":                      "A spokesman for Conway",
		before + "“It is old news,” said a longtime adviser to Conway, who declined to be named.": "a longtime adviser to Conway",
		before + "“It is old news,” Conway said.":                                                 "Mitch Conway",
	})
}
