package extract

import "testing"

// TestRoleAfterRunEN checks that the subject of a ", saying …" participle
// written as body, role and name is the person, not the body.
func TestRoleAfterRunEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Harbor City press secretary Tom Reyes pushed back, arguing that the mayor is focused on jobs.":                  "Tom Reyes",
		"Harbor Budget Committee Chairman Tom Reyes recognized the challenge, telling the panel that the year was hard.": "Tom Reyes",
	})
}
