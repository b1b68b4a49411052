package extract

import "testing"

// TestDescribedAsEN checks a described source opening a clause after "as"
// ("…, as a harbor aide said"), an adverb between it and its verb, and no
// source for "as" before a phrase holding "what" or a pronoun.
func TestDescribedAsEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The vote may slip, as a senior harbor official said on Monday.":      "a senior harbor official",
		"The offer may leak, as a harbor aide earlier said.":                  "a harbor aide",
		"The pier was built as an answer to what they described as a threat.": "",
	})
}
