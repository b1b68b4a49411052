package extract

import "testing"

// TestColonBlock checks that the paragraph after a unit that names its
// speaker and ends with a colon is that speaker's, in German and English,
// up to the paragraph's end; that a unit of it naming a speaker of its own
// keeps that one; and that a colon without a speaker ("Die Zahlen:")
// carries nothing.
func TestColonBlock(t *testing.T) {
	de := "Streit um die Stadtbibliothek\n\n" +
		"Die Kulturdezernentin Ilka Sommerfeld schrieb am Freitag an den Rat:\n\n" +
		"Die Bibliothek hat im vergangenen Jahr 41.000 Besucher gezählt. Der Umbau kostet 3,2 Millionen Euro. Der Förderverein sieht das anders, sagte sein Vorsitzender Anton Pröll.\n\n" +
		"Der Rat berät im Mai über den Umbau.\n\n" +
		"Die Zahlen:\n\n" +
		"Im Jahr 2019 kamen 52.000 Besucher."
	checkClaimants(t, de, "de", map[string]string{
		"Die Bibliothek hat im vergangenen Jahr 41.000 Besucher gezählt.":         "Ilka Sommerfeld",
		"Der Umbau kostet 3,2 Millionen Euro.":                                    "Ilka Sommerfeld",
		"Der Förderverein sieht das anders, sagte sein Vorsitzender Anton Pröll.": "Anton Pröll",
		"Der Rat berät im Mai über den Umbau.":                                    "",
		"Im Jahr 2019 kamen 52.000 Besucher.":                                     "",
	})
	en := "Dispute over the city library\n\n" +
		"In a letter to the council on Friday, the culture officer, Ilka Summerfield, wrote:\n\n" +
		"The library counted 41,000 visitors last year. The refit will cost $3.2 million.\n\n" +
		"The council will discuss the refit in May."
	checkClaimants(t, en, "en", map[string]string{
		"The library counted 41,000 visitors last year.": "Ilka Summerfield",
		"The refit will cost $3.2 million.":              "Ilka Summerfield",
		"The council will discuss the refit in May.":     "",
	})
}
