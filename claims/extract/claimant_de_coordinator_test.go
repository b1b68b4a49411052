package extract

import "testing"

// TestCoordinatorNotInNameDE checks that a coordinating conjunction
// opening a unit is no part of the speaker's name.
func TestCoordinatorNotInNameDE(t *testing.T) {
	const before = "Die Gemeinde plant eine neue Halle. "
	checkLast(t, "de", map[string]string{
		before + "Aber der Bürgermeister hat erklärt, dass das Geld fehle.": "Bürgermeister",
		before + "Doch der Bürgermeister erklärte, dass das Geld fehle.":    "Bürgermeister",
	})
	for w, want := range map[string]bool{"und": true, "aber": true, "doch": true, "sondern": true, "denn": true, "oder": true, "weil": false, "dass": false, "der": false} {
		if got := coordinatorDE(w); got != want {
			t.Errorf("coordinatorDE(%q) = %v, want %v", w, got, want)
		}
	}
}
