package extract

import "testing"

// TestShowsThingDE checks that "zeigen" with a plain object or after a
// fronted question clause names no source, and that "zeigt, dass …",
// "zeigte sich …" and "Das zeigt eine Studie der …" still do.
func TestShowsThingDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Sender Radio Hafenblick zeigte am Abend Bilder der überfluteten Straßen.":     "",
		"Die Fotos zeigen den jungen Bäcker Lukas Vennemann in seiner Backstube.":          "",
		"Beide Staffeln zeigten am Samstag ein starkes Rennen.":                            "",
		"Wie eng es in den Hütten wird, zeigt der Bergführer Anselm Trübner aus Kufstein.": "",
		"Doch wie teuer der Umbau wird, zeigt das Beispiel Lindenhain.":                    "",
		"Der Sender Radio Hafenblick zeigte, dass die Straßen überflutet waren.":           "Radio Hafenblick",
		"Landrätin Edda Wohlfahrt zeigte sich besorgt über die Lage.":                      "Edda Wohlfahrt",
	})
}
