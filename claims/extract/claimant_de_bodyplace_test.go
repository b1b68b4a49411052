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

// TestLocalBodyTownDE checks that a local service or firm named by its
// kind and a town ("die Polizeiinspektion Ormsleben", "das Landratsamt
// Ormsleben", "die Feuerwehr Ormsleben") is its own claimant after another
// body of that town was named, whatever form names it: the town is no
// surname, so neither the reading of "der Kölner Lorenz"
// (articledSurnameDE) nor that of "Amtsleiter Gottschalk"
// (titledSurnameDE) makes it the body named before.
func TestLocalBodyTownDE(t *testing.T) {
	before := "Die Bergwacht Ormsleben warnt vor dünnem Eis. Sie rät davon ab, Weiher zu betreten.\n\n"
	checkLast(t, "de", map[string]string{
		before + "Die Glätte brachte am Montag zwölf Fahrer in Not, wie die Polizeiinspektion Ormsleben meldet.":           "Polizeiinspektion Ormsleben",
		before + "Die Polizeiinspektion Ormsleben meldet, am Montag seien zwölf Fahrer von der Straße abgekommen.":         "Polizeiinspektion Ormsleben",
		before + "Das Landratsamt Ormsleben teilte mit, die Straße bleibe bis Freitag gesperrt.":                           "Landratsamt Ormsleben",
		"Die Stadtwerke Ormsleben erhöhen den Preis. Die Feuerwehr Ormsleben meldet, sie sei am Montag 40-mal ausgerückt.": "Feuerwehr Ormsleben",
	})
	for c, want := range map[string]bool{"Polizeiinspektion Ormsleben": true, "Feuerwehr Ormsleben": true, "Kreissparkasse Ormsleben": true, "Stadtwerke Ormsleben": true, "Jana Ormsleben": false} {
		if got := bodyPlaceDE(c); got != want {
			t.Errorf("bodyPlaceDE(%q) = %v, want %v", c, got, want)
		}
	}
}
