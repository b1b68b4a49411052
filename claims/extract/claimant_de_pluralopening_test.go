package extract

import "testing"

// TestPluralSieOpeningDE checks that a plural "sie" refers to a group of
// judging or investigating people that opened the unit before as the
// subject of a plural verb, though that unit claimed nothing, and not to
// other groups of the story.
func TestPluralSieOpeningDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Ermittler stellten am Dienstag ihren Zwischenstand vor. Sie forderten, die Akten der Werft offenzulegen.":                "Ermittler",
		"Norwegische Wissenschaftler legten am Montag neue Zahlen vor. Zudem forderten sie mehr Tests in den Schulen.":                "Norwegische Wissenschaftler",
		"Die Beschäftigten legten am Montag die Arbeit nieder. Zudem forderten sie mehr Lohn.":                                        "",
		"Die Ermittler stellten am Dienstag ihren Zwischenstand vor. Eva Roth sagte, das sei gut. Zudem forderten sie mehr Personal.": "Ermittler",
	})
}

// TestPluralOpeningGateDE checks that notePluralOpeningDE, which returns
// at once for a unit without a word of groupNounsDE (wsGroup), notes the
// same group as its loop alone on invented units, with the unit's scan
// known (as in attribute) and not.
func TestPluralOpeningGateDE(t *testing.T) {
	loop := func(toks []token, text string) string {
		for v := 1; v < len(toks) && v <= 6; v++ {
			if !pluralFiniteDE(&toks[v]) {
				continue
			}
			g := bodyFirstDE(toks, text, v)
			if g == "" || !lowerIn(groupNounsDE, lastWord(g)) {
				continue
			}
			if a := articleFirstDE(toks); a >= 0 {
				g = nominativeDE(toks[a].low, g)
			}
			return g
		}
		return ""
	}
	found := 0 // units whose loop notes a group
	for _, text := range []string{
		"Die Ermittler stellten am Dienstag ihren Zwischenstand vor.",
		"Norwegische Wissenschaftler legten am Montag neue Zahlen vor.",
		"Die Beschäftigten legten am Montag die Arbeit nieder.",
		"Viele Corona-Experten warnten vor dem Winter.",
		"Die EXPERTEN warnten vor dem Winter.",
		"Kritiker\u00a0Experten warnten vor dem Winter.",
		"Die Fachleute des Amtes mahnten zur Vorsicht.",
		"Die Wirte erklärten, sie seien am Ende.",
		"Am Montag legten die Gutachter ihren Bericht vor.",
		"Die Gutachter der Kammer legten ihren Bericht vor.",
		"Experten warnten vor dem Winter.",
		"Die Virologen mahnten zur Vorsicht.",
		"Auch die Kritiker sehen das so.",
	} {
		var z tokenizer
		toks := z.tokenize(text, lexDE)
		want := loop(toks, text)
		if want != "" {
			found++
		}
		for _, scanned := range []bool{false, true} {
			d := &docState{}
			if scanned {
				d.absent = absentSets(toks)
			}
			d.notePluralOpeningDE(toks, text, "")
			if d.pluralSie.who != want {
				t.Errorf("notePluralOpeningDE(%q), scan known %v: %q, want %q", text, scanned, d.pluralSie.who, want)
			}
		}
	}
	if found < 3 {
		t.Errorf("the loop noted a group in %d units, want 3 at least: the test reads too few", found)
	}
}
