package extract

import "testing"

// TestRolePossessiveAgentEN checks that "the mayor's office said" names
// the office, and "the governor's spokesman said" not the governor.
func TestRolePossessiveAgentEN(t *testing.T) {
	const before = "Floods closed the valley road. Governor Ada Brill visited the site. "
	checkLast(t, "en", map[string]string{
		before + "The mayor's office said the road would reopen in May.":       "mayor's office",
		before + "Later, the governor's spokesman said repairs would be paid.": "governor's spokesman",
	})
}
