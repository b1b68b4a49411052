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

// TestFindingNounSpanEN checks that a poll's claimant keeps the issuer's
// name and the noun, not the article or when it was published.
func TestFindingNounSpanEN(t *testing.T) {
	for who, want := range map[string]string{
		"A Harlow Courier poll last week":          "Harlow Courier poll",
		"an Ostwick Institute survey on Monday":    "Ostwick Institute survey",
		"A Harlow Courier opinion poll":            "Harlow Courier opinion poll",
		"A new Harlow Courier poll on Monday":      "Harlow Courier poll",
		"A University of Ostwick survey last week": "University of Ostwick survey",
		"A HCN poll last week":                     "A HCN poll last week",
		"A spokesman for the council":              "A spokesman for the council",
		"Ostwick Institute":                        "Ostwick Institute",
	} {
		if got := findingNounSpanEN(who); got != want {
			t.Errorf("%q: %q, want %q", who, got, want)
		}
	}
	checkLast(t, "en", map[string]string{
		"A Harlow Courier poll last week showed a steep rise in rents.": "Harlow Courier poll",
	})
}
