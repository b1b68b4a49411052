package extract

import "testing"

// TestAdjNominativeDE checks lower-case adjectives declined into the
// nominative without an article from the form after each article.
func TestAdjNominativeDE(t *testing.T) {
	for _, c := range [][3]string{
		{"der", "sächsische", "sächsischer"},
		{"der", "nigerianischen", "nigerianische"},
		{"die", "brasilianischen", "brasilianische"},
		{"die", "italienische", "italienische"},
		{"das", "zuständige", "zuständiges"},
		{"ein", "südafrikanischer", "südafrikanischer"},
		{"", "informierter", "informierte"},
		{"des", "bayerischen", ""},
		{"dem", "zuständigen", ""},
	} {
		if got, _ := adjNominativeDE(c[0], c[1]); got != c[2] {
			t.Errorf("adjNominativeDE(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}

// TestDescribedSourceDE checks a body described by adjectives and a noun
// as the claimant: before the verb, after an inverted verb, after "nach
// Angaben"; a number word ("beiden") and an open case ("des") leave the
// noun alone.
func TestDescribedSourceDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das dänische Umweltministerium erklärte, die Werte seien gesunken.":    "dänisches Umweltministerium",
		"Die finnischen Gesundheitsbehörden meldeten am Montag neue Fälle.":     "finnische Gesundheitsbehörden",
		"Die Werte seien gesunken, versichert das zuständige Umweltamt.":        "zuständiges Umweltamt",
		"Die Werte seien gesunken, erklärt ein norwegischer Biologe.":           "norwegischer Biologe",
		"Nach Angaben der finnischen Regierung ist die Zahl gestiegen.":         "finnische Regierung",
		"Nach Angaben gut informierter Kreise ist die Zahl gestiegen.":          "",
		"Nach Angaben informierter Kreise ist die Zahl gestiegen.":              "informierte Kreise",
		"Die Werte seien gesunken, schreiben die beiden Forscherinnen am Ende.": "Forscherinnen",
	})
}
