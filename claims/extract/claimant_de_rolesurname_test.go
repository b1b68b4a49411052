package extract

import "testing"

// TestRoleSurnameDE checks a German surname that is also a noun of a role
// ("Richter", "Kaiser") after a first name: the name goes on over it, and
// another person of that first name is not taken for it.
func TestRoleSurnameDE(t *testing.T) {
	const lead = "Landrat Jens Lorenz eröffnete die Halle. "
	checkLast(t, "de", map[string]string{
		lead + "Jens Richter, der Leiter der Schule, sagt: \"Die Halle ist zu klein.\"": "Jens Richter",
		lead + "Jens Richter sagte, die Halle sei zu klein.":                            "Jens Richter",
		lead + "Die Halle sei zu klein, sagte Jens Richter.":                            "Jens Richter",
		"Die Ministerin Eva Kaiser sagte, die Halle sei zu klein.":                      "Eva Kaiser",
		"Die Halle sei zu klein, sagte Bayerns Ministerpräsident Jan Roth.":             "Jan Roth",
	})
}
