package extract

import "testing"

// TestDefinedAcronymDE checks that a short form the text defines in
// parentheses is resolved to the name it stands for, also when the
// definition comes later and in the genitive, and when the short form is
// written as a word ("Esfu"); a party after a person is no definition
// (invented sentences).
func TestDefinedAcronymDE(t *testing.T) {
	texts := map[string]string{
		"Das Landesamt für Umweltschutz (LfU) misst die Luft.\n\nDas LfU meldete am Montag 40 Mikrogramm Feinstaub.":                                  "Landesamt für Umweltschutz",
		"Das LfU meldete am Montag 40 Mikrogramm Feinstaub.\n\nDas geht aus Angaben des Landesamts für Umweltschutz (LfU) hervor.":                    "Landesamt für Umweltschutz",
		"Die Helfer ohne Schranken (HoS) sind in 30 Ländern tätig.\n\nDie HoS warnten am Montag vor einem Mangel an Impfstoff.":                       "Helfer ohne Schranken",
		"Ministerin Sara Petersen (SPD) besuchte die Schule.\n\nSie ist seit 2019 im Amt.\n\nDie SPD forderte am Montag mehr Lehrer für die Schulen.": "SPD",
		"Die SPD forderte am Montag mehr Lehrer für die Schulen.":                                                                                     "SPD",
		"Die Europäische Segelflug-Union (Esfu) sperrte den Piloten.\n\nNach Esfu-Angaben gab es 2025 neun Fälle.":                                    "Europäische Segelflug-Union",
		"Die Stadt meldete am Montag neun Fälle.\n\nNach Angaben der Stadt gab es 2025 neun Fälle.":                                                   "Stadt",
	}
	for text, want := range texts {
		units := Extract(text, Options{Lang: "de"})
		var got string
		for _, u := range units {
			if u.Claimant != "" {
				got = u.Claimant
			}
		}
		if got != want {
			t.Errorf("%q: claimant %q, want %q", text, got, want)
		}
	}
}

// TestNameBeforeAcronymDE checks the name read before a parenthesis.
func TestNameBeforeAcronymDE(t *testing.T) {
	cases := []struct{ before, abbr, want string }{
		{"Das Robert Koch-Institut ", "RKI", "Robert Koch-Institut"},
		{"laut dem Europäischen Datenschutzausschuss ", "EDSA", "Europäischen Datenschutzausschuss"},
		{"Das sagte die Partei ", "SPD", ""},
		{"Die Beratungsstelle, die kaum Geld hat ", "BKH", ""},
	}
	for _, c := range cases {
		if got := nameBeforeAcronymDE(c.before, c.abbr); got != c.want {
			t.Errorf("%q (%s): %q, want %q", c.before, c.abbr, got, c.want)
		}
	}
	if got := sameNameDE("Robert Koch-Instituts", "Robert Koch-Institut"); got != "Robert Koch-Institut" {
		t.Errorf("sameNameDE: %q", got)
	}
	if got := sameNameDE("Landesamt für Umwelt", "Landesamt für Verkehr"); got != "" {
		t.Errorf("sameNameDE of two names: %q", got)
	}
}
