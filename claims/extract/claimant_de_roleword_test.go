package extract

import "testing"

// TestRoleWordDE checks that a definite role noun refers back to the
// person the text named with the whole word, not to the one last named
// with another compound of the same head, and that a role named in the
// genitive ("des Bundeskanzlers Jan Roth") counts in the nominative.
func TestRoleWordDE(t *testing.T) {
	if roleWordKeyDE("bundeskanzlers") != roleWordKeyDE("bundeskanzler") || roleWordKeyDE("präsidenten") != roleWordKeyDE("präsident") || roleWordKeyDE("präsident") == "präsident" {
		t.Error("roleWordKeyDE: the nominative of the whole word, apart from the heads")
	}
	checkLast(t, "de", map[string]string{
		"Landespräsident Ole Brandt empfing am Montag Kammerpräsident Uwe Sommer. „Wir bleiben hart“, sagte der Landespräsident.":                                                                "Ole Brandt",
		"Landespräsident Ole Brandt empfing am Montag Kammerpräsident Uwe Sommer. Der Landespräsident kritisierte die Kammer.":                                                                   "Ole Brandt",
		"Landespräsident Ole Brandt empfing am Montag Kammerpräsident Uwe Sommer. Der Kammerpräsident kritisierte das Land.":                                                                     "Uwe Sommer",
		"Die Reise des Bundeskanzlers Ole Brandt endete am Montag. Der Zug war voll. Das Wetter war schlecht. Die Stimmung war gut. Der Bundeskanzler hat angekündigt, im Mai wieder zu reisen.": "Ole Brandt",
		"Ole Brandt kam am Montag. Der Zug war voll. Das Wetter war schlecht. Die Stimmung war gut. Der Bundeskanzler hat angekündigt, im Mai wieder zu reisen.":                                 "Bundeskanzler",
	})
}
