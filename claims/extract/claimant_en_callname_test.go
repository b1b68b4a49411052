package extract

import "testing"

// TestCallNameEN checks that "called" followed only by a name names
// something and says nothing, while "called" with more after the name,
// or with an initial in the name, keeps its speaker.
func TestCallNameEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Sales fell. The device, called the Quillon Duo, will go on sale in March.":  "",
		"Sales fell. Ann Lee heads a group of farmers called the \"Harbor Caucus.\"": "",
		"Sales fell. Ann Lee called Tom B. Marsh's remarks \"racist\" on Monday.":    "Ann Lee",
		"Sales fell. Ann Lee called the Harbor Plan \"a farce\" on Monday.":          "Ann Lee",
	})
}
