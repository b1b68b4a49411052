package extract

import "testing"

// TestSoIndefiniteRoleDE checks "so ein Sprecher" / "so eine Sprecherin
// der Stadt" as a source, and "so ein" before another noun as none.
func TestSoIndefiniteRoleDE(t *testing.T) {
	const before = "Der Hafen ist gesperrt. "
	checkLast(t, "de", map[string]string{
		before + "Die Fähren fallen aus, so ein Hafensprecher.":            "Hafensprecher",
		before + "Die Fähren fallen aus, so eine Sprecherin der Reederei.": "Sprecherin der Reederei",
		before + "Das ist, so ein Kompromiss, kaum zu halten.":             "",
	})
}
