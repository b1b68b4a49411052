package extract

import "testing"

// TestPossessiveSubjectEN checks that a name in the possessive opening a
// sentence makes that person the one a later "she said" refers to, in the
// sentence before and in the pronoun's own sentence, and that a
// possessive later in the sentence does not.
func TestPossessiveSubjectEN(t *testing.T) {
	const first = "“The vote was close,” Tom Verhey said. "
	checkLast(t, "en", map[string]string{
		first + "Kim Brandt’s bill failed in the vote. “We will try again,” she said.":                 "Kim Brandt",
		first + "Kim Brandt's bill failed, but she said she would try again.":                          "Kim Brandt",
		first + "The board met after a long day of talks about Kim Brandt’s bill. “We lost,” he said.": "Tom Verhey",
	})
	for in, want := range map[string]string{"Lee’s": "Lee", "Lee's": "Lee", "Jonas’": "Jonas", "Lee": "Lee"} {
		if got := possessiveStemEN(in); got != want {
			t.Errorf("possessiveStemEN(%q) = %q, want %q", in, got, want)
		}
	}
}
