package extract

import (
	"slices"
	"testing"
)

// TestEmojiEndsSentence checks that a run of emoji after a word, before a
// capital letter or a digit, ends a sentence (invented comments), and that
// an emoji before a word in lower case, at the start or at the end of a
// line does not.
func TestEmojiEndsSentence(t *testing.T) {
	for text, want := range map[string][]string{
		"Schon wieder teurer 😡 Die Abfuhr kostet jetzt 312 Euro":          {"Schon wieder teurer 😡", "Die Abfuhr kostet jetzt 312 Euro"},
		"Great article 👍👍 Finally someone says it":                        {"Great article 👍👍", "Finally someone says it"},
		"Waited 8 months 🤷‍♀️ 3 more to go. Nobody cares.":                {"Waited 8 months 🤷‍♀️", "3 more to go.", "Nobody cares."},
		"Schade um das Freibad 😢 war jeden Sommer da":                     {"Schade um das Freibad 😢 war jeden Sommer da"},
		"👍 Genau so ist es":                                               {"👍 Genau so ist es"},
		"The fees went up again 😡":                                        {"The fees went up again 😡"},
		"The council met on Monday. It approved the budget of 2 million.": {"The council met on Monday.", "It approved the budget of 2 million."},
	} {
		var got []string
		for _, u := range Extract(text, Options{}) {
			got = append(got, u.Text)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: units %q, want %q", text, got, want)
		}
	}
}
