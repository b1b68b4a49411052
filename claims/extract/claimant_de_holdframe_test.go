package extract

import "testing"

// TestHoldWithoutViewDE: "halten" outside its frames of opinion names no
// speaker; inside them it does.
func TestHoldWithoutViewDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Am Ufer hielten sich einige Hundert Wanderer auf – viel weniger als im Vorjahr.":                 "",
		"Am Ufer hielten sich Hunderte Wanderer auf.":                                                     "",
		"Am Ufer hielten einige Wanderer Transparente hoch.":                                              "",
		"Die Fischerin Edda Krull warnte vor dem Hochwasser. Dann hielt Edda Krull ihr Boot an.":          "",
		"Die Fischerin Edda Krull hält die Warnung für übertrieben.":                                      "Edda Krull",
		"Die Fischerin Edda Krull hält die Warnung „in jeder Hinsicht“ für „übertrieben“.":                "Edda Krull",
		"Die Fischerin Edda Krull warnte vor dem Hochwasser. Dagegen hält Edda Krull an ihrem Plan fest.": "Edda Krull",
		"Die Fischerin Edda Krull hält es mit dem Bürgermeister.":                                         "Edda Krull",
		"Dagegen hält die Fischerin Edda Krull nichts von dem Verbot.":                                    "Edda Krull",
	})
}
