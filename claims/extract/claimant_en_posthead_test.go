package extract

import "testing"

// TestPostHeadEN checks a thread copied from a social network: the post
// below a head line of name, handle and age is its author's, to the end
// of its line; a line that follows the post is not, nor one after a
// link to an account ("Follow @…").
func TestPostHeadEN(t *testing.T) {
	head := "Mara Olsson @mara_counts · 2h\n"
	checkLast(t, "en", map[string]string{
		head + "1/ Ferry fares rose by a third this spring.":                            "Mara Olsson",
		head + "2/ The toll went up too. It rose 12 percent in March.":                  "Mara Olsson",
		head + "3/ Harbor chief Ivo Dane said the toll will stay.":                      "Ivo Dane",
		head + "1/ Ferry fares rose by a third this spring.\nThe toll rose 12 percent.": "",
		"Follow @harborledger\n\nFerry fares rose by a third this spring.":              "",
		"Mara Olsson @mara_counts wrote about the toll.\nFerry fares rose by a third.":  "",
	})
}
