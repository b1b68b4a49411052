package extract

import "testing"

// TestParticleNameEN checks English names with particles written apart:
// the surname alone, also capitalised at a sentence's start, names the
// person given in full, and a later person of the same surname does not
// take it over.
func TestParticleNameEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Mayor Tom de Carvalho spoke on Monday. De Carvalho said the city would pay for the new pier.":                              "Tom de Carvalho",
		"Spokesman Omar el Sherif walked through the square. His uncle Samir El Sherif is in jail. The arrests go on, Sherif says.": "Omar el Sherif",
		"Analyst Greta van der Linden studies the budget. The money is not spent, van der Linden said.":                             "Greta van der Linden",
	})
	for _, c := range []struct {
		text  string
		first int
		want  bool
	}{
		{"Tom de Carvalho spoke", 0, true},
		{"Universidad de Buenos Aires opened", 0, false}, // a capitalised word after the surname
		{"T de Carvalho spoke", 0, false},                // an initial
	} {
		var z tokenizer
		toks := z.tokenize(c.text, lexEN)
		if got := particleNameAt(toks, c.first, 2); got != c.want {
			t.Errorf("particleNameAt(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
