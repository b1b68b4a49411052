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

// publicationCompoundDE reports whether the lower-case word w is a
// compound that ends with one of publicationHeadsDE after a stem of three
// letters at least.
func publicationCompoundDE(w string) bool {
	for _, h := range publicationHeadsDE {
		if len(w) >= len(h)+3 && strings.HasSuffix(w, h) {
			return true
		}
	}
	return false
}
