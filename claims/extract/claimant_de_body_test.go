package extract

import "testing"

// TestBodyNamedDE checks that a body's head noun as claimant is the body
// the text named in full before, and that an indefinite one or a noun the
// text never named in full stays.
func TestBodyNamedDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das Umweltministerium prüft den Antrag. Der Bau sei zu teuer, betonte das Ministerium.":                                                     "Umweltministerium",
		"Die kanadische Regierung prüft den Antrag. Der Bau sei zu teuer, erklärte die Regierung.":                                                   "kanadische Regierung",
		"Der Bezirk Lindenau prüft den Antrag. Der Bau sei zu teuer, teilte der Bezirk mit.":                                                         "Bezirk Lindenau",
		"Das Landgericht prüft den Antrag. Der Bau sei zu teuer, erklärte ein Gericht.":                                                              "Gericht",
		"Landrat Jonas Brenner prüft den Antrag. Der Bau sei zu teuer, erklärte das Ministerium.":                                                    "Ministerium",
		"Die Raumsonde ist gelandet, teilte die Weltraumagentur am Morgen mit. Die Mission kostet nach Angaben der Agentur rund 900 Millionen Euro.": "Weltraumagentur",
	})
	for w, want := range map[string]string{"Gesundheitsministerium": "Ministerium", "Stadtverwaltung": "Verwaltung", "Landrat": "", "Brenner": "", "Raumfahrtagentur": "Agentur"} {
		if got := bodyHeadDE(w); got != want {
			t.Errorf("bodyHeadDE(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestBodyNamedInGenitiveDE checks that a body named in the genitive with
// its name ("des Bezirks Lichtenberg") is the body a later "der Bezirk"
// means.
func TestBodyNamedInGenitiveDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Bürgermeister des Bezirks Lichtenberg sprach am Abend. Das teilte der Bezirk mit.": "Bezirk Lichtenberg",
		"Die Schulen des Bezirks bleiben zu. Das teilte der Bezirk mit.":                        "Bezirk",
	})
}
