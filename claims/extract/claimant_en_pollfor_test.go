package extract

import "testing"

// TestCommissionedPollEN checks that a poll by an issuer for a paper that
// commissioned it is the issuer's, not the paper's.
func TestCommissionedPollEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"A Tallis poll found that half of tenants feared eviction. A separate poll by Marwick for the Harbor Ledger found that 30 percent had moved.": "Marwick",
		"A survey by Marwick for the Courier last week found that 12 percent of farms had closed.":                                                    "Marwick",
	})
}
