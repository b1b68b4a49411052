package extract

import "testing"

// TestModifierNameEN checks that a name modifying a noun after a
// possessive or an article with adjectives is not the person a narrating
// sentence is about, so "he" takes the subject named after it.
func TestModifierNameEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Kim Osei founded the harbor school in 1990.\n\nIn his annual Kim Osei lecture, Tom Reyes offered a message of hope.\n\n“The pier is safe,” he said.": "Tom Reyes",
	})
	for _, c := range []struct {
		text string
		k    int
		want bool
	}{{"in his annual Harbor Day address", 3, true}, {"their Harbor Bank office", 1, true}, {"the former president Ann Lee", 3, false}, {"Harbor Day", 0, false}} {
		var z tokenizer
		if got := modifierNameEN(z.tokenize(c.text, lexEN), c.k); got != c.want {
			t.Errorf("modifierNameEN(%q, %d) = %v, want %v", c.text, c.k, got, c.want)
		}
	}
}
