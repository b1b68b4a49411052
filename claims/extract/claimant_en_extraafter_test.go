package extract

import "testing"

// TestExtraAfterLexiconEN checks a verb of saying the lexicon leaves out
// ("demurred", "blasted") asked after a lexicon word that names no
// speaker ("who has called …" in a relative clause, the noun "charges"),
// and that "admitted", also an act, is not asked.
func TestExtraAfterLexiconEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"U.N. envoy Ann Lee toured the coast. Asked whether she was worried that Tom Bell, who has called the plan a hoax, could win, Lee demurred.": "Ann Lee",
		"Harbor Democrats, meanwhile, blasted the mayor for being a sore loser now that the board has decided against filing charges.":               "Harbor Democrats",
		"When Ann Lee warned that the pier was unsafe, the Harbor Club admitted two new members.":                                                    "",
	})
}
