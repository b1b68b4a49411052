package extract

import "testing"

// TestLeadNounDE checks that a noun of person before a name (after a
// possessive, an article with an adjective, or a genitive name) is no
// part of the person's name.
func TestLeadNounDE(t *testing.T) {
	const before = "Im Weinort Ahrhagen schließt die Kelterei. "
	checkLast(t, "de", map[string]string{
		before + "Sein Kollege Arno Vieth sieht das ähnlich.":                                            "Arno Vieth",
		before + "Deren Vorstand Ulla Brem pochte auf Hilfe.":                                            "Ulla Brem",
		before + "Der junge Winzer Till Marbach zweifelt daran. Die Preise seien zu niedrig, meint er.":  "Till Marbach",
		before + "Westhofens Kapitänin Jana Roloff strahlte. „Das war unser Tag“, sagte die 24-Jährige.": "Jana Roloff",
	})
}

// TestKnownTailNarrowDE checks that a body's name or a phrase with "von"
// before a registered name is not cut to that name.
func TestKnownTailNarrowDE(t *testing.T) {
	const before = "Im Weinort Ahrhagen schließt die Kelterei. "
	checkLast(t, "de", map[string]string{
		before + "Auch der Berufsverband Deutscher Winzer erklärt, man sei besorgt.":              "Berufsverband Deutscher Winzer",
		before + "Am Montag verkündete die Regierung von Jana Roloff neue Hilfen für die Winzer.": "Regierung von Jana Roloff",
	})
}

// TestOfKnownDE checks that a description by a known name after "von"
// does not take over that name: a later "sagt Roloff" is Jana Roloff.
func TestOfKnownDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Jana Roloff eröffnete 2014 ein Café. „Mach es doch“, sagte eine Freundin von Jana Roloff damals. „Es ging bergauf“, sagt Roloff.": "Jana Roloff",
	})
}
