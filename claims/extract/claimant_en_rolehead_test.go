package extract

import "testing"

// TestBodyBeforeRoleEN checks that a body named before a role and a name
// ("Norland Rail chief executive …") is not the person a later "he" or
// "she" refers to.
func TestBodyBeforeRoleEN(t *testing.T) {
	const before = "The bridge reopened on Friday. "
	checkLast(t, "en", map[string]string{
		before + "Norland Rail chief executive Peter Quill visited the site. He said trains would run again.": "Peter Quill",
		before + "Westmoor Bank senior analyst Ada Finch wrote a note. She said rates would rise.":            "Ada Finch",
	})
}
