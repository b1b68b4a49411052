package extract

import "testing"

// TestPartWordDE checks that a noun of office or part without a title's
// ending is no part of the name after it.
func TestPartWordDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Kapitänin Jana Wendt lobte die Fans: Die Stimmung sei gut gewesen.": "Jana Wendt",
		"„Es war laut“, sagte Augenzeuge Timo Harms.":                        "Timo Harms",
		"Intendant Ole Brandis sagte, das Haus sei voll gewesen.":            "Ole Brandis",
		"Konstantin Weller sagte, das Haus sei voll gewesen.":                "Konstantin Weller",
	})
}
