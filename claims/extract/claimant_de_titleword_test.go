package extract

import (
	"strings"
	"testing"
)

// TestTitleWordDEShape checks titleWordDE against its form before
// titleShape (titleLike(w, 0) asked in full), on invented titles, names,
// compounds, acronyms and lower-case words.
func TestTitleWordDEShape(t *testing.T) {
	slow := func(w string) bool {
		return upperFirst(w) && (wordCategory(w)&cRole != 0 || germanTitle(w) || compoundNoun(w) ||
			strings.IndexByte(w, '-') < 0 && titleLike(w, 0))
	}
	words := []string{"Amtsleiterin", "Stadtrat", "Kommandeur", "Jonas", "Kristin", "Peter", "Karl-Theodor",
		"FDP-Fraktionsvize", "Hamburg-Korrespondentin", "Unionsfraktionsvizechef", "Virologe", "Sprecher",
		"Sprecherin", "Trainer", "Direktor", "Präsident", "RKI", "Talbachs", "Der", "Die", "sprecher", "Vorsitzende",
		"Ministerin", "Chef", "Abteilungschefin", "Bürgermeister", "Max", "Hans-Peter", "Ärztin", "Züchter",
		"Heimleiterin", "Sheriff", "Councilman", "Speaker", "Senator", "Ida", "Gerichtspräsident", "", "X", "Kurator-Ost"}
	for _, w := range words {
		if got, want := titleWordDE(w), slow(w); got != want {
			t.Errorf("titleWordDE(%q) = %v, want %v", w, got, want)
		}
	}
}
