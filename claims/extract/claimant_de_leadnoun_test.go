package extract

import "testing"

// TestLeadNounDE checks that a noun of person before a name (after a
// possessive, an article with an adjective, or a genitive name) is no
// part of the person's name.
func TestLeadNounDE(t *testing.T) {
	const before = "Im Weinort Ahrhagen schließt die Kelterei. "
	checkLast(t, "de", map[string]string{
		before + "Sein Kollege Arno Vieth sieht das ähnlich.":                                            "Arno Vieth",
		before + "Deren Vorstand Ulla Brem sprach von einem Verlust.":                                    "Ulla Brem",
		before + "Der junge Winzer Till Marbach zweifelt daran. Die Preise seien zu niedrig, meint er.":  "Till Marbach",
		before + "Westhofens Kapitänin Jana Roloff strahlte. „Das war unser Tag“, sagte die 24-Jährige.": "Jana Roloff",
	})
}
