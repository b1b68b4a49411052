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

// TestKasseBodyWordDE compares kasseBodyDE (a suffixSet) with its plain
// definition: a capitalised word that ends in one of kasseKindsDE, case
// ignored.
func TestKasseBodyWordDE(t *testing.T) {
	plain := func(w string) bool {
		if !upperFirst(w) {
			return false
		}
		for _, k := range kasseKindsDE {
			if hasSuffixFold(w, k) {
				return true
			}
		}
		return false
	}
	for _, w := range []string{"", "e", "Kasse", "Sparkasse", "SPARKASSE", "sparkasse", "Stadtsparkasse", "Krankenkasse", "KrankenKasse",
		"Ersatzkasse", "Pflegekasse", "Staatskasse", "Abendkasse", "Sparkassen", "Sparka\u212asse", "Sparkaſſe", "Ärztekammer", "Über", "Pflegekassé"} {
		if got, want := kasseBodyDE(w), plain(w); got != want {
			t.Errorf("kasseBodyDE(%q) = %v, want %v", w, got, want)
		}
	}
}
