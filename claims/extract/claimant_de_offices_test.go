package extract

import "testing"

// TestPartWordDE checks that a noun of office or part without a title's
// ending is no part of the name after it.
func TestPartWordDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Kapitänin Jana Wendt lobte die Fans: Die Stimmung sei gut gewesen.":                       "Jana Wendt",
		"„Es war laut“, sagte Augenzeuge Timo Harms.":                                              "Timo Harms",
		"Intendant Ole Brandis sagte, das Haus sei voll gewesen.":                                  "Ole Brandis",
		"Konstantin Weller sagte, das Haus sei voll gewesen.":                                      "Konstantin Weller",
		"Intendantin stellt Spielplan vor\n\nIntendantin Mia Falk sagte, es gebe zwölf Premieren.": "Mia Falk",
	})
}

// TestPartWordHeadlineDE checks that a headline's bare noun of part is the
// person the text names with it.
func TestPartWordHeadlineDE(t *testing.T) {
	units := Extract("Intendantin verteidigt Spielplan\n\nIntendantin Mia Falk sagte, es gebe zwölf Premieren.", Options{Lang: "de"})
	if len(units) == 0 || units[0].Claimant != "Mia Falk" {
		t.Errorf("headline claimant: %+v", units)
	}
}
