package extract

import "testing"

// TestKinshipNameDE checks that a noun of kinship before a first name is
// left out of the claimant, and that a longer name is left alone.
func TestKinshipNameDE(t *testing.T) {
	const before = "Ida Kerner führt den Hof. "
	checkLast(t, "de", map[string]string{
		before + "Ihr Sohn Felix hilft im Stall. „Ich mag die Arbeit“, sagt er.": "Felix",
		"Sein Bruder Jannis sagte, der Hof sei zu klein.":                        "Jannis",
	})
	for who, want := range map[string]string{"Mann Robert": "Robert", "Robert Mann": "Robert Mann", "Frau Eva Kühn": "Frau Eva Kühn"} {
		if got := kinshipNameDE(who); got != want {
			t.Errorf("kinshipNameDE(%q) = %q, want %q", who, got, want)
		}
	}
}
