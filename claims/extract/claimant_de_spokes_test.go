package extract

import "testing"

// TestSpokespersonDE checks a spokesperson of a named body as the speaker,
// before or after the verb of saying: the description without its
// article, not the body alone; a person named in full stays the speaker,
// and a unit with no verb of saying gets none.
func TestSpokespersonDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Ein Sprecher der Hafenbehörde sagte, die Fähre fahre wieder.":                  "Sprecher der Hafenbehörde",
		"Am Abend erklärte eine Sprecherin von Harbor Air, der Flug sei gestrichen.":    "Sprecherin von Harbor Air",
		"Ein Sprecher des Verbands der Fährbetriebe (VdF) sagte, der Streik dauere an.": "Sprecher des Verbands der Fährbetriebe",
		"Der Sprecher der Stadt, Jan Roth, sagte, die Brücke sei gesperrt.":             "Jan Roth",
		"Ein Sprecher der Hafenbehörde war am Abend nicht zu erreichen.":                "",
	})
}

// TestFullerDescriptionDE checks that a shorter description of a
// spokesperson the text described fully before gets the full one.
func TestFullerDescriptionDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das teilte ein Sprecher der Stadtwerke Harburg am Montag mit. „Wir liefern ab Dienstag“, betonte der Sprecher der Stadtwerke.": "Sprecher der Stadtwerke Harburg",
	})
}

// TestRepresentativesDE checks the plural "Vertreter" of a body without
// article after a verb of saying.
func TestRepresentativesDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Es sei ein schwarzer Tag, sagten Vertreter der Gewerkschaft.": "Vertreter der Gewerkschaft",
		"Es sei ein schwarzer Tag, sagten die Vertreter des Verbands.": "Vertreter des Verbands",
	})
}
