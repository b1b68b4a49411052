package extract

import "testing"

// TestDescribedPronounEN checks that "she" right after a described
// spokeswoman refers to her, not to the person quoted before her, and
// that "he" does not.
func TestDescribedPronounEN(t *testing.T) {
	const before = "Councillor Ravi Tennant said the ferry fares were too high. A spokeswoman for the harbour office said the fares would stay. "
	checkLast(t, "en", map[string]string{
		before + "She said the office had no money to cut them.": "A spokeswoman for the harbour office",
		before + "He said the office had no money to cut them.":  "Ravi Tennant",
	})
	if g := describedGenderEN("A chairman of the board"); g != 'm' {
		t.Errorf("describedGenderEN(chairman) = %q, want 'm'", g)
	}
}
