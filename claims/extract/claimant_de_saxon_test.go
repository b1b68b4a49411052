package extract

import "testing"

// TestSaxonGenitiveDE checks that a claimant read as a person's name in
// the genitive and a noun is the person, not when the noun is another
// person.
func TestSaxonGenitiveDE(t *testing.T) {
	const before = "Die Gouverneurin Kate Brown rief den Notstand aus. "
	checkLast(t, "de", map[string]string{
		before + "Mehr als 4000 Quadratkilometer stehen Browns Angaben zufolge in Flammen.": "Kate Brown",
	})
	d := &docState{}
	d.register("Kate Brown", 'f')
	for who, want := range map[string]string{
		"Kate Browns Reaktion": "Kate Brown",
		"Browns Nachbar":       "Browns Nachbar",
		"Browns Angaben":       "Kate Brown",
		"Browns Sprecher":      "Browns Sprecher",
		"Browns Vertreter":     "Browns Vertreter",
		"Janssens Angaben":     "Janssens Angaben",
		"Kate Brown; Tom Hall": "Kate Brown; Tom Hall",
	} {
		if got := d.saxonGenitiveDE(who); got != want {
			t.Errorf("saxonGenitiveDE(%q) = %q, want %q", who, got, want)
		}
	}
}
