package extract

import "testing"

// TestDemonstrativeClaimantDE: a demonstrative and a noun are no name.
func TestDemonstrativeClaimantDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Forscher Jan Brodt warnte vor Eile. Ebendieser Impfstoff soll schon im Herbst verteilt werden. Mit einer Zulassung sei nicht vor Ende 2026 zu rechnen, glaubt er.": "",
		"Der Forscher Jan Brodt warnte vor Eile. Mit einer Zulassung sei nicht vor Ende 2026 zu rechnen, glaubt er.":                                                            "Jan Brodt",
	})
	for w, want := range map[string]bool{"dieser": true, "ebendieser": true, "jene": true, "solches": true, "dieselbe": true, "diesel": false, "jena": false, "eben": false, "dies": false} {
		if got := anaphoricDetDE(w); got != want {
			t.Errorf("anaphoricDetDE(%q) = %v, want %v", w, got, want)
		}
	}
}
