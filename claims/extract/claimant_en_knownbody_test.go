package extract

import "testing"

// TestKnownBodyPronounEN checks that "her office said" does not name the
// office of a body quoted last, whose name has the form of a person's.
func TestKnownBodyPronounEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Power returned to 9,000 homes, the grid operator Tarrow Energy said. The repairs are late, her office said.": "",
	})
}
