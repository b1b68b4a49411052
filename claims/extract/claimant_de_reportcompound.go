package extract

import "strings"

// "heißt es im Jahresbericht der Wehrbeauftragten", "laut dem Lagebericht
// des Instituts": a compound of "Bericht" is a report as "Bericht" is
// (communicationNounsDE), and its genitive names the source.

// reportCompoundDE reports whether the lower-case word w is a compound
// ending in "bericht" (or its genitive) with a stem of three letters or
// more ("jahresbericht", "lageberichts").
func reportCompoundDE(w string) bool {
	for _, suf := range [...]string{"bericht", "berichts", "berichtes"} {
		if strings.HasSuffix(w, suf) && len(w) >= len(suf)+3 {
			return true
		}
	}
	return false
}
