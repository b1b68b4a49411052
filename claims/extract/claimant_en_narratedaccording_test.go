package extract

import "testing"

// TestNarratedAccordingEN checks that a verb of taking a position used for
// a narrated act, with a noun phrase as its object, yields to a closing
// ", according to <source>.", while a verb of saying with its own clause
// or quotation keeps its speaker, and a source in mid-sentence changes
// nothing.
func TestNarratedAccordingEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Mayor Ivo Brandt praised the ferry budget and won the runoff in May, according to the Westmark Courier.": "Westmark Courier",
		"Senator Ana Quillon urged the port board to close the north pier, according to the Westmark Courier.":    "Westmark Courier",
		"Mayor Ivo Brandt said the north pier would close in May, according to the Westmark Courier.":             "Ivo Brandt",
		"“The pier is a lifeline,” Senator Ana Quillon added, according to the Westmark Courier.":                 "Ana Quillon",
		"Mayor Ivo Brandt believes the north pier needs repairs, according to the Westmark Courier.":              "Ivo Brandt",
		"Mayor Ivo Brandt warned that the ferry would stop, according to the Westmark Courier.":                   "Ivo Brandt",
	})
}
