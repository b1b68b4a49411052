package extract

import "testing"

// TestExpectBodyDE checks that a body that expects or forecasts something
// ("Der Imkerverband erwartet …") takes a position, and that the passive
// ("war erwartet worden") names no one.
func TestExpectBodyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Imkerverband erwartet in diesem Jahr eine schwache Honigernte.": "Imkerverband",
		"Die Landesbehörde prognostiziert einen Anstieg um zwölf Prozent.":   "Landesbehörde",
		"Die Schließung des Werks war seit Wochen erwartet worden.":          "",
	})
}
