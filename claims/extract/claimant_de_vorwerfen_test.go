package extract

import "testing"

// TestReproachObjectDE checks that the person named right after "werfen …
// vor" is the one reproached when a noun before the verb is the subject,
// and still the subject after a fronted adverb.
func TestReproachObjectDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Mara Brenner ist Ministerin. Kritiker werfen Brenner eine falsche Politik vor.":     "Kritiker",
		"Mara Brenner ist Ministerin. Die Behörden werfen Brenner Betrug vor.":               "Behörden",
		"Jan Kolbe ist Abgeordneter. Dagegen warf Jan Kolbe der Regierung vor, sie zögere.":  "Jan Kolbe",
		"Mara Brenner ist Ministerin. Die Gewerkschaft wirft der Regierung vor, sie zögere.": "Gewerkschaft",
	})
	var z tokenizer
	for text, want := range map[string]bool{
		"Kritiker werfen Brenner Betrug vor.": true, "Kritiker werfen Steine.": false, "Kritiker werfen vor.": false,
	} {
		if got := reproachVerbDE(z.tokenize(text, lexDE), 1); got != want {
			t.Errorf("reproachVerbDE(%q) = %v, want %v", text, got, want)
		}
	}
}
