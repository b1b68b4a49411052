package extract

import "strings"

// "Der ROG-Jahresbericht nennt …", "laut dem RKI-Lagebericht": a compound
// of what a body publishes after its acronym has the body as its source,
// as the bare noun has ("RKI-Bericht", acronymCompoundDE).

// publicationHeadsDE are nouns of what a body publishes that end longer
// compounds ("Jahresbericht", "Abschlussstudie", "Mitgliederumfrage",
// "Nachwahlbefragung"):
// a closed class.
var publicationHeadsDE = [...]string{"bericht", "studie", "analyse", "umfrage", "erhebung", "statistik", "prognose", "gutachten", "auswertung", "befragung"}

// publicationHeadsByLastDE holds publicationHeadsDE by their last byte:
// a word can end only with the heads of its own last byte.
var publicationHeadsByLastDE = func() (m [256][]string) {
	for _, h := range publicationHeadsDE {
		m[h[len(h)-1]] = append(m[h[len(h)-1]], h)
	}
	return m
}()

// publicationCompoundDE reports whether the lower-case word w is a
// compound that ends with one of publicationHeadsDE after a stem of three
// letters at least. It compares w only with the heads of its last byte
// (publicationHeadsByLastDE): it runs on every capitalised word of a
// German unit (noteDocOwnerDE).
func publicationCompoundDE(w string) bool {
	if w == "" {
		return false
	}
	for _, h := range publicationHeadsByLastDE[w[len(w)-1]] {
		if len(w) >= len(h)+3 && strings.HasSuffix(w, h) {
			return true
		}
	}
	return false
}
