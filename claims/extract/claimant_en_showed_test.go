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
		"A Harlow Courier poll last week":           "Harlow Courier poll",
		"an Ostwick Institute survey on Monday":     "Ostwick Institute survey",
		"A Harlow Courier opinion poll":             "Harlow Courier opinion poll",
		"A new Harlow Courier poll on Monday":       "Harlow Courier poll",
		"A University of Ostwick survey last week":  "University of Ostwick survey",
		"A HCN poll last week":                      "HCN poll",
		"A new HCN Ostwick survey on Monday":        "HCN Ostwick survey",
		"A separate Harlow Center for Housing poll": "Harlow Center for Housing poll",
		"A spokesman for the council":               "A spokesman for the council",
		"Ostwick Institute":                         "Ostwick Institute",
	} {
		if got := findingNounSpanEN(who); got != want {
			t.Errorf("%q: %q, want %q", who, got, want)
		}
	}
	checkLast(t, "en", map[string]string{
		"A Harlow Courier poll last week showed a steep rise in rents.": "Harlow Courier poll",
	})
}

// TestFindingNameKeptEN checks that a poll's name keeps a first word in
// capitals or with a hyphen: it is the issuer's name, not a dateline or a
// title before a person's name.
func TestFindingNameKeptEN(t *testing.T) {
	for _, who := range []string{"Ostwick-Harlow Courier poll", "HCN News survey"} {
		if got := claimantName(who); got != who {
			t.Errorf("claimantName(%q) = %q", who, got)
		}
	}
	checkLast(t, "en", map[string]string{
		"A HCN News poll last week showed a steep rise in rents.":                 "HCN News poll",
		"A recent Ostwick-Harlow Courier survey found that most tenants back it.": "Ostwick-Harlow Courier survey",
	})
}
