package extract

import "testing"

// TestLowerAgencyDE checks a news agency's lower-case short name after
// the kind of body or after "laut", and that an adverb of degree there
// ("der Agentur rund 40 Millionen") is none (invented sentences).
func TestLowerAgencyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Laut der Nachrichtenagentur xyz soll der Hafen am Montag öffnen.":       "xyz",
		"Wie die Agentur qrs meldete, soll der Hafen am Montag öffnen.":          "qrs",
		"Der Hafen soll am Montag öffnen, meldete die Nachrichtenagentur xyz.":   "xyz",
		"Laut xyz soll der Hafen am Montag öffnen.":                              "xyz",
		"Der Hafen war laut und voll, sagte Hafenmeisterin Jule Brandt.":         "Jule Brandt",
		"Laut der Nachrichtenagentur Nordpress soll der Hafen am Montag öffnen.": "Nordpress",
		"Der Hafen kostet nach Angaben der Agentur rund 40 Millionen Euro.":      "Agentur",
		"Nach Angaben der Agentur etwa 40 Millionen Euro kostet der Hafen.":      "Agentur",
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
		{"rund", false, false}, {"etwa", false, false},
	} {
		tok := token{s: 0, e: len(c.w), low: c.w, cat: wordCategory(c.w)}
		if got := lowerNameDE(&tok, c.w, c.afterLaut); got != c.want {
			t.Errorf("lowerNameDE(%q, %v) = %v, want %v", c.w, c.afterLaut, got, c.want)
		}
	}
}

// TestLowerAgencyDEGuard checks that lowerAgencyDE, which skips a word
// that is neither "laut" nor of the speaker's length before testing the
// next word, and a unit without "laut" (wsLaut) when no speaker was found,
// answers as the scan of every word does, on made-up sentences with every
// speaker the sentence's words give, and none.
func TestLowerAgencyDEGuard(t *testing.T) {
	scan := func(toks []token, text, who string) string {
		for k := 0; k+1 < len(toks); k++ {
			if !lowerNameDE(&toks[k+1], text, toks[k].low == "laut") {
				continue
			}
			if toks[k].low == "laut" && (k == 0 || who == "") || text[toks[k].s:toks[k].e] == who && bodyKindDE(who) {
				return text[toks[k+1].s:toks[k+1].e]
			}
		}
		return who
	}
	for _, text := range []string{
		"Laut der Nachrichtenagentur xyz soll der Hafen am Montag öffnen.",
		"Der Hafen soll laut xyz am Montag öffnen, meldete die Agentur qrs.",
		"Wie der Dienst abc meldete, öffnet der Hafen am Montag.",
		"Die Zeitung xyz und das Institut qrs melden einen Streik.",
		"Der Hafen war laut und voll.",
	} {
		var z tokenizer
		toks := z.tokenize(text, lexDE)
		whos := []string{"", "Hafen", "Nordpress"}
		for k := range toks {
			whos = append(whos, text[toks[k].s:toks[k].e])
		}
		for _, who := range whos {
			for _, scanned := range []bool{false, true} { // the unit's word sets (wsLaut) known, as in attribute, or not
				d := &docState{}
				if scanned {
					d.absent = absentSets(toks)
				}
				if got, want := d.lowerAgencyDE(toks, text, who), scan(toks, text, who); got != want {
					t.Errorf("lowerAgencyDE(%q, %q), scan known %v: %q, want %q (the scan)", text, who, scanned, got, want)
				}
			}
		}
	}
}
