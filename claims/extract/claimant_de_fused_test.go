package extract

import "testing"

// TestFusedSpeechDE checks a separable verb of saying joined to its
// particle at the end of a "wie" clause, before and after the main
// clause, and that a "dass" clause or a question with "Wie" names nobody.
func TestFusedSpeechDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Brücke bleibt bis Mai gesperrt, wie das Bauamt Lindenhof mitteilt.":    "Bauamt Lindenhof",
		"Wie Jonas Brenner hervorhebt, fehlen im Heim zwölf Pflegekräfte.":          "Jonas Brenner",
		"Die Kasse ist leer, wie Kämmerin Mira Kolb einräumt.":                      "Mira Kolb",
		"Die Halle ist alt, und es ist klar, dass Jonas Brenner den Fehler zugibt.": "",
		"Wie soll man den Namen des Vereins im Formular angeben?":                   "",
	})
}
