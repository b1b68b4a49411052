package extract

import "testing"

// TestPlaceGenitiveLeadDE checks that a place's adjective and a noun in
// the genitive after "des" are no part of the name after them: a later
// surname alone or a firm's name alone is the person or the firm, not
// "Bildhauers Jonas Verhoek"; a first name in "-s" after the adjective
// stays part of the name.
func TestPlaceGenitiveLeadDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Am Hafen eröffnet heute eine Schau des Oberfelder Bildhauers Jonas Verhoek. „Ich arbeite nur nachts“, sagt Verhoek.":   "Jonas Verhoek",
		"Die Klinik bestellt Pumpen des Kieler Herstellers Molvex. Molvex teilte am Montag mit, die Lieferung komme im Herbst.": "Molvex",
		"Am Hafen eröffnet heute eine Schau des Oberfelder Andreas Verhoek. „Ich arbeite nur nachts“, sagt Verhoek.":            "Andreas Verhoek",
	})
}
