package extract

import "testing"

// TestEarlierPersonEN checks that "he" or "she" with no speaker to refer
// to takes the last person named before its sentence, not a name its own
// sentence gives later, and that a later "he" in a sentence opened by
// "he" takes up the same person.
func TestEarlierPersonEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Kim Osei opened the depot. The crowd cheered. He said the ferries to Harbor City and Port Vale would stop.":                                "Kim Osei",
		"Kim Osei opened the depot. The crowd cheered. He also said the ferries to Harbor City and Port Vale, which he said were late, would stop.": "Kim Osei",
		"Kim Osei opened the depot. The crowd cheered. He thanked the mayor, Dana Lee, and the ferries will stop, he said.":                         "Kim Osei",
	})
}
