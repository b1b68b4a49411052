package extract

import "testing"

// TestTitledSurnameDE checks that an office before a surname names the one
// person the text gave that surname in full, while a first name, a second
// person of the surname or a title in the full name leave it alone.
func TestTitledSurnameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Jonas Brandtner leitet das Amt seit Mai. Die Lage sei ernst, sagte Amtsleiter Brandtner.":           "Jonas Brandtner",
		"Jonas Brandtner leitet das Amt seit Mai. Die Lage sei ernst, sagte Wirtschaftsförderer Brandtner.":  "Jonas Brandtner",
		"Jonas Brandtner und Mira Brandtner leiten das Amt. Die Lage sei ernst, sagte Amtsleiter Brandtner.": "Brandtner",
		"Jonas Brandtner leitet das Amt seit Mai. Brandtner sagte, die Lage sei ernst.":                      "Jonas Brandtner",
		"Jonas Brandtner leitet das Amt seit Mai. Die Lage sei ernst, sagte Oliver Brandtner.":               "Oliver Brandtner",
	})
	for _, c := range []struct {
		s    string
		want bool
	}{{"Amtsleiter", true}, {"Amtsleiter von", true}, {"Peter", false}, {"Karl-Theodor", false}, {"Anna Maria", false}} {
		if got := titlesDE(c.s); got != c.want {
			t.Errorf("titlesDE(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestTitleOrOfficeDE checks officeEndingDE on made-up words of office and
// others, and that titleOrOfficeDE, which asks titleWordDE once, answers
// as titleWordDE or officeSuffixDE.
func TestTitleOrOfficeDE(t *testing.T) {
	for w, want := range map[string]bool{
		"Deichrat": true, "Deichrätin": true, "Moderator": true, "Floristen": true, "Kommandeur": true,
		"Brückenvorstand": true, "Rat": false, "Peter": false, "Brücke": false, "Kristin": true, "": false,
	} {
		if got := officeEndingDE(w); got != want {
			t.Errorf("officeEndingDE(%q) = %v, want %v", w, got, want)
		}
	}
	words := []string{"", "Deichrat", "Kristin", "Floristin", "Peter", "Brücke", "Landrat", "Sprecher", "Hafenmeisterin", "Ufer-Sprecherin", "Kapitän", "Dr.", "Prof.", "Eva", "Moderatorin", "Bürgermeister"}
	for _, w := range words {
		if got, want := titleOrOfficeDE(w), titleWordDE(w) || officeSuffixDE(w); got != want {
			t.Errorf("titleOrOfficeDE(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestCompoundPersonNounDE checks a hyphenated description before a
// surname ("SPD-Politikerin Kolbe-Wendt", invented): the claimant is the
// full name the text gave, while a double first name stays one.
func TestCompoundPersonNounDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Abgeordnete Hanna Kolbe-Wendt kritisiert den Senat. Das sei falsch, sagt SPD-Politikerin Kolbe-Wendt.": "Hanna Kolbe-Wendt",
		"Die Abgeordnete Hanna Kolbe-Wendt kritisiert den Senat. Das sei falsch, sagt Grünen-Expertin Kolbe-Wendt.": "Hanna Kolbe-Wendt",
	})
	for w, want := range map[string]bool{"Grünen-Expertin": true, "SPD-Politikerin": true, "Hans-Martin": false, "Marie-Christin": false, "Expertin": false} {
		if got := compoundPersonNounDE(w); got != want {
			t.Errorf("compoundPersonNounDE(%q) = %v, want %v", w, got, want)
		}
	}
}
