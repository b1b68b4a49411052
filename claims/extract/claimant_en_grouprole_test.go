package extract

import "testing"

// TestGroupRoleNameEN checks a body's name before a role and a person's
// name: the person speaks, not the body as a group.
func TestGroupRoleNameEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Council of Harbor Advisers Chairman Tom Bell said the pier would close.": "Tom Bell",
		"Members of the Harbor Council said the pier would close.":                "Members of the Harbor Council",
	})
}
