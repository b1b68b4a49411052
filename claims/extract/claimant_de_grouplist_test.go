package extract

import "testing"

// TestGroupOfListDE checks that members of several bodies named in a list
// after "von" are the claimant whole, not the last two bodies.
func TestGroupOfListDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Mitglieder von Heimatbund, Seglerclub und Landfrauen kritisieren die neue Hafenordnung.":  "Mitglieder von Heimatbund, Seglerclub und Landfrauen",
		"Vertreter von Bürgerliste und Wählergemeinschaft verlangen eine Abstimmung über den Bau.": "Vertreter von Bürgerliste und Wählergemeinschaft",
	})
}
