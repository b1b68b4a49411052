package extract

import "testing"

// TestBodyPlaceDE checks that a body named by its kind and a town is not
// taken for the "full name" of another body of that town.
func TestBodyPlaceDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Tafel Ormsleben bezifferte den Bedarf auf 300 Kisten. Das Amtsgericht Ormsleben hatte die Räumung gestoppt. Die Räumung sei unzulässig, befand das Gericht.": "Amtsgericht Ormsleben",
	})
	for c, want := range map[string]bool{"Amtsgericht Ormsleben": true, "Landesverband Nord": true, "Jana Ormsleben": false, "Gericht": false} {
		if got := bodyPlaceDE(c); got != want {
			t.Errorf("bodyPlaceDE(%q) = %v, want %v", c, got, want)
		}
	}
}
