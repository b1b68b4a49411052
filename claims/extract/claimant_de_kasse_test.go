package extract

import "testing"

// TestKasseBodyDE checks that a savings bank or a health insurer named by
// a compound of "Kasse" is the claimant of a later "die Kasse", "die
// Bank", "ein Sprecher des Unternehmens" and "der Sprecher der Sparkasse",
// and that a treasury ("Staatskasse") is no such body.
func TestKasseBodyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Krankenkasse Nordwest hat 2025 rund 40 Millionen Euro Verlust gemacht. Die Kasse teilte mit, die Beiträge würden steigen.":                                     "Krankenkasse Nordwest",
		"Die Probleme betreffen das Rechenzentrum der Stadtsparkasse. Das sei gesetzliche Vorschrift, so die Bank.":                                                         "Stadtsparkasse",
		"Bei 20 Mitarbeitern der Nordheimer Stadtsparkasse wurde das Virus nachgewiesen. Das teilte ein Sprecher des Unternehmens auf Anfrage mit.":                         "Sprecher der Stadtsparkasse",
		"Bei 20 Mitarbeitern der Nordheimer Stadtsparkasse wurde das Virus nachgewiesen. Der Sprecher der Sparkasse sagte, die Mitarbeiter seien sofort informiert worden.": "Sprecher der Stadtsparkasse",
		"Das Geld floss in die Staatskasse. Die Kasse teilte mit, die Beiträge würden steigen.":                                                                             "Kasse",
	})
}
