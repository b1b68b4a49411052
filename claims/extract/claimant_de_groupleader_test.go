package extract

import "testing"

// TestGroupLeaderDE checks a group named by its leader ("die Forscher um
// Hanna Kolbe", invented sentences): the leader is the claimant, also with
// a noun of office before the name; a group without "um" and a name stays.
func TestGroupLeaderDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Nun hoffen die Wissenschaftler um Institutsdirektorin Hanna Kolbe, mehr über die Vögel zu erfahren.": "Hanna Kolbe",
		"Nun hoffen die Wissenschaftler um Hanna Kolbe, mehr über die Vögel in Harbor City zu erfahren.":      "Hanna Kolbe",
		"Nun hoffen die Wissenschaftler in Harbor City, mehr über die Vögel zu erfahren.":                     "Wissenschaftler",
	})
}
