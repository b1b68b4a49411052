package extract

import "testing"

// TestOfficeLedSurnameDE checks that an office before a surname finds the
// person the text named with that office before a first name at the start
// of a sentence ("Landrat Timo Kolb sagte …" and later "Landrat Kolb"),
// that "der Landrat" still finds them, and that the municipal offices of
// officesDE are no first names ("Kämmerer Timo Kolb").
func TestOfficeLedSurnameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Landrat Timo Kolb sagte, die Stadt müsse zahlen. Landrat Kolb sagte, das sei falsch.": "Timo Kolb",
		"Landrätin Eva Kolb sagte, die Stadt müsse zahlen. „Nein“, sagte Landrätin Kolb.":      "Eva Kolb",
		"Landrat Timo Kolb sagte, die Stadt müsse zahlen. Der Landrat sagte, das sei falsch.":  "Timo Kolb",
		"Kämmerer Timo Kolb sagte, die Stadt müsse zahlen.":                                    "Timo Kolb",
		"Notarin Eva Kolb sagte, der Vertrag sei gültig.":                                      "Eva Kolb",
	})
}
