package extract

import "testing"

// TestEvidenceClaimantEN checks that a plural noun for evidence is no
// claimant as a subject, and stays one after "according to".
func TestEvidenceClaimantEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The ferry is said to be popular. The numbers say otherwise.":           "",
		"The official figures show that ridership fell by a quarter.":           "",
		"Ridership fell by a quarter last year, according to official figures.": "official figures",
	})
	if got := evidenceClaimantEN(nil, "the latest data"); got != "" {
		t.Errorf("the latest data: %q, want none", got)
	}
}
