package extract

import "testing"

// TestLowerAgencyDE checks a news agency's lower-case short name after
// the kind of body or after "laut".
func TestLowerAgencyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Laut der Nachrichtenagentur xyz soll der Hafen am Montag öffnen.":       "xyz",
		"Wie die Agentur qrs meldete, soll der Hafen am Montag öffnen.":          "qrs",
		"Der Hafen soll am Montag öffnen, meldete die Nachrichtenagentur xyz.":   "xyz",
		"Laut xyz soll der Hafen am Montag öffnen.":                              "xyz",
		"Der Hafen war laut und voll, sagte Hafenmeisterin Jule Brandt.":         "Jule Brandt",
		"Laut der Nachrichtenagentur Nordpress soll der Hafen am Montag öffnen.": "Nordpress",
	})
}

// TestLowerNameDE checks the word test: short, lower case, unknown, and
// after "laut" no adjective's ending.
func TestLowerNameDE(t *testing.T) {
	for _, c := range []struct {
		w         string
		afterLaut bool
		want      bool
	}{
		{"xyz", true, true}, {"xyz", false, true}, {"neue", true, false}, {"neue", false, true},
		{"abcde", false, false}, {"mit", false, false}, {"ab", false, false}, {"x1z", false, false},
	} {
		tok := token{s: 0, e: len(c.w), low: c.w, cat: wordCategory(c.w)}
		if got := lowerNameDE(&tok, c.w, c.afterLaut); got != c.want {
			t.Errorf("lowerNameDE(%q, %v) = %v, want %v", c.w, c.afterLaut, got, c.want)
		}
	}
}
