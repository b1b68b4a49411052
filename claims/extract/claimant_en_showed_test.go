package extract

import "testing"

// TestShowedFindingEN checks "show" as a verb of finding after a poll or
// survey whose issuer is named, and not after plural "polls" or another
// subject.
func TestShowedFindingEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"A survey by the Ostwick Institute showed a steep rise in rents.": "Ostwick Institute",
		"Rents rose again. Polls show that most tenants back the cap.":    "",
		"The inspector showed her badge at the gate.":                     "",
	})
}
