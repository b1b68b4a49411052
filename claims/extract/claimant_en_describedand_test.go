package extract

import "testing"

// TestDescribedAndEN checks a described source whose body's name holds
// "and" between capitalised words, before and after the verb of saying,
// and that "and" between two sources still makes none.
func TestDescribedAndEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"A Harbor and Ferry Authority official told lawmakers that 658 permits had been revoked.": "A Harbor and Ferry Authority official",
		"“The pier closed in 2019,” said a Harbor and Ferry Authority official.":                  "a Harbor and Ferry Authority official",
		"A neighbour and her son said the pier closed in 2019.":                                   "",
	})
}
