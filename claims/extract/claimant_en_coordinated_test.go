package extract

import "testing"

// TestCoordinatedBaseEN checks two names joined by "and" before a plural
// verb of saying, and a pair that follows a preposition, which is no
// subject.
func TestCoordinatedBaseEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Dora Vance spoke. Vance and Tom Bell say the pier must close.":             "Dora Vance; Tom Bell",
		"Dora Vance spoke. Tom Bell and Democrats argue the pier must close.":       "Tom Bell; Democrats",
		"Dora Vance spoke. The pier that Vance and Tom Bell say must close is old.": "",
	})
}
