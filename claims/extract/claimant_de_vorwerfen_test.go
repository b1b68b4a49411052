package extract

import "testing"

// TestReproachObjectDE checks that the person named right after "werfen …
// vor" is the one reproached when a noun before the verb is the subject,
// and still the subject after a fronted adverb.
func TestReproachObjectDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Mara Brenner leitet das Bauamt. Anwohner werfen Brenner seit Wochen Untätigkeit beim Lärmschutz vor.": "Anwohner",
		"Mara Brenner leitet das Bauamt. Die Gutachter werfen Brenner schlampige Akten vor.":                   "Gutachter",
		"Jan Kolbe ist Abgeordneter. Dagegen warf Jan Kolbe der Regierung vor, sie zögere.":                    "Jan Kolbe",
		"Mara Brenner leitet das Bauamt. Die Gewerkschaft wirft der Stadt vor, sie spare am Personal.":         "Gewerkschaft",
	})
	var z tokenizer
	for text, want := range map[string]bool{
		"Anwohner werfen Brenner Untätigkeit vor.": true, "Anwohner werfen Steine.": false, "Anwohner werfen vor.": false,
	} {
		if got := reproachVerbDE(z.tokenize(text, lexDE), 1); got != want {
			t.Errorf("reproachVerbDE(%q) = %v, want %v", text, got, want)
		}
	}
}
