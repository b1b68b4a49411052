package extract

import "testing"

// TestExtraAfterLexiconEN checks a verb of saying the lexicon leaves out
// ("demurred", "blasted") or a construction of saying ("cited … as",
// "opened up about", "went on to say") asked after a lexicon word that names no
// speaker ("who has called …" in a relative clause, the noun "charges"),
// and that "admitted", also an act, is not asked.
func TestExtraAfterLexiconEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"U.N. envoy Ann Lee toured the coast. Asked whether she was worried that Tom Bell, who has called the plan a hoax, could win, Lee demurred.": "Ann Lee",
		"Harbor Democrats, meanwhile, blasted the mayor for being a sore loser now that the board has decided against filing charges.":               "Harbor Democrats",
		"Back in 2009, the Harbor Budget Office cited the toll as a major reason it thought the pier would lose money.":                              "Harbor Budget Office",
		"Actress Ann Lee opened up about being described as a “real woman” in a blog post.":                                                          "Ann Lee",
		"Tom Bell went on to say that when he spoke about the pier he did not know the toll.":                                                        "Tom Bell",
		"When Ann Lee warned that the pier was unsafe, the Harbor Club admitted two new members.":                                                    "",
	})
}
