package extract

import "testing"

// TestSoSourceDE checks the attributing "so" after a comma: a definite
// role for the person the text named with it, a name set off inside the
// sentence, a verb with "es", and "so dass" or "so ein" that attribute
// nothing.
func TestSoSourceDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Landrat Jonas Brenner eröffnete die Sitzung. Die Lage sei ernst, so der Landrat.": "Jonas Brenner",
		"Mira Kolb leitet das Heim. Die Halle, so Kolb, sei viel zu klein.":                "Mira Kolb",
		"Die Halle ist zu klein, so formuliert es Bürgermeisterin Mira Kolb.":              "Mira Kolb",
		"Es regnete stark, so dass die Straße gesperrt wurde.":                             "",
		"Er kaufte Brot, so ein kleines Weißbrot vom Bäcker.":                              "",
		"Das Budget reiche nicht, so die verbreitete Lesart.":                              "",
		"Die Streiks sollen ruhen, so verdi-Verhandlungsführer Frank Bäsler.":              "Frank Bäsler",
		"Die Streiks sollen ruhen, so dpa-Korrespondentin Eva Roth.":                       "Eva Roth",
	})
}
