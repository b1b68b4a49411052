package extract

import "testing"

// TestTimeSpanClaimantDE: a number and a noun of time are no claimant.
func TestTimeSpanClaimantDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Fünf Jahre ist es her, dass der Stadtrat Harlingen zur Fahrradstadt erklärte.": "",
	})
	for who, want := range map[string]string{"Fünf Jahre": "", "Zwei Wochen": "", "3 Tage": "", "Jan Brodt": "Jan Brodt", "Fünf Freunde": "Fünf Freunde", "Fünf Jahre Haft": "Fünf Jahre Haft"} {
		if got := timeSpanClaimantDE(who); got != want {
			t.Errorf("timeSpanClaimantDE(%q) = %q, want %q", who, got, want)
		}
	}
}
