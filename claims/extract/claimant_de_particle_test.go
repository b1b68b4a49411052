package extract

import "testing"

// TestParticleSurnameDE checks that a description before a particle and a
// surname names the person the text gave in full before, and that the
// first naming stays.
func TestParticleSurnameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"„Schafe sind klug“, sagt Jonas von Bredow. „Die Tiere sind robust“, sagt Schäfer von Bredow.": "Jonas von Bredow",
		"„Die Tiere sind robust“, sagt Schäfer von Bredow.":                                            "Schäfer von Bredow",
	})
}
