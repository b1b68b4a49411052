package extract

import "testing"

// TestRolePositionDE checks that an office, a group or a body that "hält
// … für" something is the speaker, and that a thing is not.
func TestRolePositionDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Senator hält die Kritik für unbegründet.":   "Senator",
		"Die Ärzte halten das für verfrüht.":             "Ärzte",
		"Die Behörde hielt die Warnung für übertrieben.": "Behörde",
		"Der Plan hält für jeden Bürger etwas bereit.":   "",
	})
}
