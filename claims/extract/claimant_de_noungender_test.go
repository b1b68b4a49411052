package extract

import "testing"

// TestPersonNounGenderDE checks that a feminine noun of person with its
// article before a name makes a later "sie" refer to that woman, and that
// a noun in "-in" that names no woman gives no gender.
func TestPersonNounGenderDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Schweizerin Eva Roth kam zum Turnier. Auch Tom Kolb reiste an. Das Wetter war gut. „Es war ein schöner Tag“, sagte sie.": "Eva Roth",
	})
	var z tokenizer
	for text, want := range map[string]byte{
		"Die Schweizerin Eva Roth kam.":  'f',
		"Der SPD-Politikerin Eva Roth.":  'f',
		"Die Sportmedizin Eva Roth kam.": 0,
		"Der Chef Jan Roth kam.":         0,
	} {
		if got := personNounGenderDE(z.tokenize(text, lexDE), 1); got != want {
			t.Errorf("personNounGenderDE(%q) = %q, want %q", text, got, want)
		}
	}
}
