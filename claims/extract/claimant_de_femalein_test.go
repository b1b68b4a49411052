package extract

import "testing"

// TestFemaleInDE checks the feminine suffix "-in" of a noun of person: after
// a consonant it names a woman, after a vowel it is part of the stem
// ("Verein", "-stein"), and the nouns of notFemaleInDE name none.
func TestFemaleInDE(t *testing.T) {
	for w, want := range map[string]bool{
		"ärztin": true, "politikerin": true, "kollegin": true, "studentin": true,
		"verein": false, "holstein": false, "bernstein": false, "oberrhein": false,
		"sportmedizin": false, "termin": false, "in": false, "regen": false,
	} {
		if got := femaleInDE(w); got != want {
			t.Errorf("femaleInDE(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestBodyNamedByStemInDE checks that a body named by a place in "-ein"
// after a definite article keeps its name: "die Verbraucherzentrale
// Lindenstein" is no woman described by a noun in "-in", so no woman named
// before takes the claim, while "die Kölner Ärztin" still does.
func TestBodyNamedByStemInDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Stadtwerke heben die Preise an. „Das ist nötig“, sagte Geschäftsführerin Wilma Tessendorf.\n" +
			"Die Verbraucherzentrale Lindenstein kritisierte die Erhöhung.": "Verbraucherzentrale Lindenstein",
		"Die Stadtwerke heben die Preise an. „Das ist nötig“, sagte Geschäftsführerin Wilma Tessendorf.\n" +
			"Der Mieterverein Oberfelsbein hält die Erhöhung für überzogen.": "Mieterverein Oberfelsbein",
		"Wilma Tessendorf leitet die Praxis. „Das ist nötig“, sagte die Kölner Ärztin.": "Wilma Tessendorf",
	})
}
