package extract

import "testing"

// TestPrepBeforeNameMoreEN checks that a name after a preposition such as
// "despite" or "amid" is no subject the sentence narrates about, so "he"
// takes the subject named after it.
func TestPrepBeforeNameMoreEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Kim Osei and Dana Reyes run the harbor.\n\nOn Monday, despite Kim Osei and the board, Dana Reyes closed the pier.\n\n“It was unsafe,” he said.": "Dana Reyes",
	})
	var z tokenizer
	for text, want := range map[string]bool{"despite Kim Osei": true, "amid Kim Osei": true, "and Kim Osei": false} {
		if got := prepBeforeNameEN(z.tokenize(text, lexEN), 1); got != want {
			t.Errorf("prepBeforeNameEN(%q) = %v, want %v", text, got, want)
		}
	}
}
