package extract

import "testing"

// TestVerbBeforeRoleDE checks that a role noun after a verb that follows a
// name's apposition does not give the name the role's gender: "er" later
// still refers to the man.
func TestVerbBeforeRoleDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Chef des Vereins, Ulrich Falk, kritisierte die Ministerin. Das sei ein Skandal, sagte er.": "Ulrich Falk",
		"Der Chef des Vereins, Ulrich Falk, lobte die Ministerin. Das sei ein Erfolg, sagte er.":        "Ulrich Falk",
	})
}
