package extract

import "testing"

// TestShowsThingDE checks that "zeigen" with a plain object or after a
// fronted question clause names no source, and that "zeigt, dass …",
// "zeigte sich …" and "Das zeigt eine Studie der …" still do.
func TestShowsThingDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das Museum Kornblick zeigte im Sommer Gemälde aus Flandern.":                             "",
		"Das Plakat zeigt die Sängerin Mara Olsen vor einer alten Burg.":                          "",
		"Beide Werkstätten zeigten auf der Messe ihre neuen Möbel.":                               "",
		"Was ein Dachgarten kostet, zeigt die Architektin Lene Marbach am Beispiel ihres Hauses.": "",
		"Aber welche Wege die Pendler nehmen, zeigt der Fall Lindenhain.":                         "",
		"Das Museum Kornblick zeigte, dass die Gemälde echt sind.":                                "Museum Kornblick",
		"Landrätin Edda Wohlfahrt zeigte sich besorgt über die Lage.":                             "Edda Wohlfahrt",
	})
}
