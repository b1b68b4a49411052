package extract

import "testing"

// TestAbsentSetsExactDE checks that absentSets counts a word for a set of
// a map only when it is one of the set's words (keyOf), not when it merely
// passes the set's filter: for every word of the German lexicon and of
// the sets' maps, alone, a set that absentSets finds present holds the
// word (inSet). The sets' single words (setWordsDE) are left out, as are
// the sets not read through a map.
func TestAbsentSetsExactDE(t *testing.T) {
	single := keySet(setWordsDE)
	words := []string{"werden", "gegen", "münchen"}
	for w := range lexDE {
		words = append(words, w)
	}
	for w := range reportVerbsDE {
		words = append(words, w)
	}
	words = append(words, positionVerbsDE...)
	passed := 0 // words a filter passes though they are none of its set's
	for _, w := range words {
		if single[w] {
			continue
		}
		a := absentSets([]token{{low: w}})
		for _, s := range []wordSets{wsReport, wsAttitude, wsGroup, wsErsatz, wsFinding, wsPosition, wsStance} {
			if a&s == 0 && !inSet(w, s) {
				t.Errorf("absentSets(%q) = %b: set %b present, though %q is none of its words", w, a, s, w)
			}
		}
		if reportFilterDE.mayHold(w) && !inSet(w, wsReport) {
			passed++
		}
	}
	if passed == 0 {
		t.Errorf("no word passes reportFilterDE without being a verb of reportVerbsDE: the test reads no such word")
	}
}
