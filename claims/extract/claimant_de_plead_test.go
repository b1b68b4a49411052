package extract

import "testing"

// TestPleadDE checks that "plädieren für" takes a position like the other
// verbs of reportVerbsDE.
func TestPleadDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Ärztekammer plädiert für eine Impfpflicht.":                     "Ärztekammer",
		"Gesundheitsministerin Eva Roth plädierte am Montag für mehr Tests.": "Eva Roth",
		"Die Verbände plädierten dafür, die Frist zu verlängern.":            "Verbände",
	})
}
