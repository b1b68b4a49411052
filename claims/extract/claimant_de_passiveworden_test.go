package extract

import "testing"

// TestClosingPassiveWordenDE checks that a verb of saying in the perfect
// passive closing the sentence ("… geschrieben worden.") makes no speaker
// of what opens it, as the passive without "worden" does, and that an
// active verb of saying still names its subject.
func TestClosingPassiveWordenDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Zinsregel ist 2011 in die Landesverfassung geschrieben worden.": "",
		"Die Mietobergrenze ist im Mai offiziell verkündet worden.":          "",
		"Der Mieterbund Halmstett hat die Regel im Mai verkündet.":           "Mieterbund Halmstett",
	})
}
