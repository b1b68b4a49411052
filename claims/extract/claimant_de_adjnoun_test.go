package extract

import "testing"

// TestAdjectivalNounGenderDE checks that an adjectival noun of person with
// its article gives the name after it a gender ("die Abgeordnete" a
// woman's, "der Vorsitzende" a man's), so that "sie" passes over the man
// just named, and the word test itself.
func TestAdjectivalNounGenderDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"„Die Schule braucht Geld“, sagte die Abgeordnete Kim Brandt. Der Vorsitzende Ole Hartwig widersprach ihr. „Wir finden einen Weg“, sagt sie.": "Kim Brandt",
	})
	for _, c := range []struct {
		art, w string
		want   byte
	}{
		{"die", "abgeordnete", 'f'}, {"der", "vorsitzende", 'm'}, {"der", "sachverständige", 'm'},
		{"die", "abgeordneten", 0}, {"der", "abgeordneten", 0}, {"die", "gruppe", 0}, {"ein", "beauftragte", 0},
	} {
		if got := adjectivalNounGenderDE(c.art, c.w); got != c.want {
			t.Errorf("adjectivalNounGenderDE(%q, %q) = %c, want %c", c.art, c.w, got, c.want)
		}
	}
}
