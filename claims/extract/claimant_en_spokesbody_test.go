package extract

import "testing"

// TestSpokesBodyEN checks that "A spokeswoman said" right after a unit
// quoting a body is the body's, and that after a person it stays the
// spokeswoman.
func TestSpokesBodyEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The Office for Harbour Safety said two cranes failed. A spokeswoman said the port was closed for 6 hours.": "Office for Harbour Safety",
		"The Kelmont Water Authority rejected the claim. A spokesman said bills rose by 4 percent.":                 "Kelmont Water Authority",
		"Ann Corrow said two cranes failed. A spokeswoman said the port was closed for 6 hours.":                    "A spokeswoman",
	})
}

// TestSpokesBodyPronounEN checks that "She said" after "A spokeswoman
// said", given to the body, is the body's too, not a man's quoted before.
func TestSpokesBodyPronounEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Its chair, Tom Corrow, said fees rose by 9 percent. The Office for Harbour Safety disputed the figure. " +
			"A spokeswoman said the port was closed for 6 hours. She said 40 ships were delayed.": "Office for Harbour Safety",
	})
}
