package extract

import "testing"

// TestOpeningPronounTopicEN checks that a narrating sentence whose subject
// is "he" or "she" stays about the pronoun's person although it names
// someone else later ("with producer Sam Hart"): a following "he said"
// refers to the subject, while a sentence with a named subject hands the
// pronoun on to that person.
func TestOpeningPronounTopicEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Tom Bell opened the pier in May. At the time, he was working with producer Sam Hart. The pier was safe, he said.": "Tom Bell",
		"Ruth Okafor opened the pier in May. Later, she hired the architect Mary Hart. The pier was safe, she said.":       "Ruth Okafor",
		"Tom Bell opened the pier in May. Producer Sam Hart worked on the deck at the time. The pier was safe, he said.":   "Sam Hart",
	})
}
