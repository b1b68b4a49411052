package extract

import "testing"

// TestPossRoleApposEN checks a role held in a body named by a possessive,
// then the person's name in an apposition, after or before the verb: the
// person, not the body.
func TestPossRoleApposEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The Canal Trust wants a ban. \"Rain is no excuse,\" said the group's chair, retired engineer Dr Alan Moss.": "Alan Moss",
		"\"Rain is no excuse,\" said the union's chair, Ann Lee.":                                                    "Ann Lee",
		"\"Rents will rise,\" said Harbor Post's chief economist, Tom Hale.":                                         "Tom Hale",
		"Its chair, retired surgeon Tom Hale, said some callers had waited two years.":                               "Tom Hale",
		"The group's director, the Reverend Alan Moss, said the money could have kept 20 halls open.":                "Alan Moss",
	})
}
