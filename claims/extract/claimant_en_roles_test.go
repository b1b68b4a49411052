package extract

import "testing"

// TestRoleAfterTitleEN checks that a person named after an abbreviated
// title is found again by the title's full word in a definite
// description before a verb of saying, adverbs between them skipped.
func TestRoleAfterTitleEN(t *testing.T) {
	for in, want := range map[string]string{"gov": "governor", "sen": "senator", "rep": "representative", "mayor": "mayor"} {
		if got := roleKeyEN(in); got != want {
			t.Errorf("roleKeyEN(%q) = %q, want %q", in, got, want)
		}
	}
	checkLast(t, "en", map[string]string{
		"Gov. Lena Marsh visited the pier on Monday. The pier will close, the former governor said.":      "Lena Marsh",
		"Sen. Dan Whitley toured the harbor. The Ohio senator later told reporters the pier would close.": "Dan Whitley",
		"The pier will close, the governor said.":                                                         "",
	})
}

// TestLowerRoleEN checks that a person named after a role in lower case
// is found again by "the" and the role before a verb of saying.
func TestLowerRoleEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The film stars actress Ruth Okafor and her brother. The pier must close, the actress said.": "Ruth Okafor",
		"The pier must close, the actress said.":                                                     "",
	})
}

// TestRolePerfectEN checks a role before a verb of saying in the perfect.
func TestRolePerfectEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Gov. Lena Marsh toured the pier. Rates must fall, the governor has repeatedly insisted.": "Lena Marsh",
	})
}
