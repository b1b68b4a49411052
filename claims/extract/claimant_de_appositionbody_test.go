package extract

import "testing"

// TestAppositionAfterBodyDE checks that the person in an apposition after
// a noun phrase of office that holds a body's name of two words is the
// speaker, not the body.
func TestAppositionAfterBodyDE(t *testing.T) {
	const before = "Die Buslinie 7 fällt aus. "
	checkLast(t, "de", map[string]string{
		before + "„Das ist ärgerlich“, sagte der Landesvorsitzende von Bus Aktiv, Olaf Thiel.":   "Olaf Thiel",
		before + "„Das ist ärgerlich“, sagte die Geschäftsführerin von Stadtbus Nord, Ina Wolk.": "Ina Wolk",
		before + "„Das ist ärgerlich“, sagte Olaf Thiel.":                                        "Olaf Thiel",
	})
	if bodyBeforeNameDE("der Chef von Bus Aktiv, Olaf Thiel.", "Olaf Thiel", "Olaf Thiel") {
		t.Errorf("bodyBeforeNameDE: the name itself is no body before it")
	}
}
