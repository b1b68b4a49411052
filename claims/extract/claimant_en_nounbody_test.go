package extract

import "testing"

// TestNounBodyEN checks that a description of a body by the head noun of
// a body named before, but never quoted, names that body.
func TestNounBodyEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Vera Holm joined the Tarrow Marine Institute in 1964. The institute said her maps were still used.":                   "Tarrow Marine Institute",
		"Figures from the Dunmore Police Department show a drop of 14 percent. The department said the figures were complete.": "Dunmore Police Department",
		"The Marston School Board voted 5-2 on Monday to close the school. The board said no teachers would lose their jobs.":  "Marston School Board",
		"Nurses of the Greyport Nurses Union walked out on Friday. The union said 2,400 members had joined the strike.":        "Greyport Nurses Union",
	})
}
