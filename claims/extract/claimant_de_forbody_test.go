package extract

import (
	"strings"
	"testing"
)

// TestForBodyDE checks a body named with its remit after "für" as the
// subject of verbs of saying and reporting, in the nominative, and that a
// person's "für" phrase is no part of the name.
func TestForBodyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das Sächsische Landesamt für Wasser und Boden teilte mit, der Damm sei dicht.": "Sächsisches Landesamt für Wasser und Boden",
		"Das Bundesamt für Deichbau sagte, die Zahl der Schäden sei gestiegen.":         "Bundesamt für Deichbau",
		"Die Behörde für Integration, Arbeit und Soziales erklärte, es fehle Geld.":     "Behörde für Integration, Arbeit und Soziales",
		"Das Sächsische Landesamt für Wasser und Boden pochte auf eine Prüfung.":        "Sächsisches Landesamt für Wasser und Boden",
		"Ilka Brenner sagte, sie stimme für Olaf Wiesner.":                              "Ilka Brenner",
		"Der Chef der Behörde für Deichbau, Olaf Wiesner, sagte, es fehle Geld.":        "Olaf Wiesner",
	})
}

// TestForHeadDE checks forHeadDE, which looks only at the heads of a
// word's last letter, against a scan of every head of forHeadsDE, on
// made-up compounds, genitives and other words.
func TestForHeadDE(t *testing.T) {
	scan := func(w string) bool {
		gen := strings.TrimSuffix(strings.TrimSuffix(w, "s"), "e")
		for _, h := range forHeadsDE {
			if hasSuffixFold(w, h) || hasSuffixFold(gen, h) {
				return true
			}
		}
		return false
	}
	words := []string{"Haus", "Bank", "Gericht", "Senat", "Polizei", "Amtes", "Ombudsmans", "AMT", "Werk", ""}
	for _, h := range forHeadsDE {
		c := strings.ToUpper(h[:1]) + h[1:]
		words = append(words, c, "Landes"+h, "Kreis"+h+"s", "Kreis"+h+"es", strings.ToUpper(h), "Kreis"+h+"en")
		if !forHeadDE("Kreis" + h) {
			t.Errorf("forHeadDE(%q) = false, want true", "Kreis"+h)
		}
	}
	for _, w := range words {
		if got, want := forHeadDE(w), scan(w); got != want {
			t.Errorf("forHeadDE(%q) = %v, want %v", w, got, want)
		}
	}
}
