package extract

import "strings"

// "Das Arbeitsgericht Hellbrück", "die Verbraucherzentrale Hellbrück":
// two bodies named by their kind and the same town. The town is no
// surname, so the one body is not the "full name" of the other
// (fullName reads the last word of a name whose other words are titles
// as a surname).

// bodyPlaceDE reports whether c, a German claimant of two words or more,
// opens with a head noun of a body (bodyHeadDE, bodyAndHeadDE) and so
// names a body, whose last word is no surname.
func bodyPlaceDE(c string) bool {
	head, _, ok := strings.Cut(c, " ")
	return ok && (bodyHeadDE(head) != "" || bodyAndHeadDE(head) || localBodyHeadDE(head))
}

// localBodyHeadsDE are endings of the German head nouns of local services
// and firms that news name by kind and town ("Polizeiinspektion Lindau",
// "Feuerwehr Lindau", "Stadtwerke Lindau", "Sparkasse Lindau", "Bergwacht
// Lindau") and that bodyHeadsDE and bodyAndHeadsDE leave out (closed
// class). Without them, after "Die Bergwacht Lindau warnt …" the claimant
// "Polizeiinspektion Lindau" became "Bergwacht Lindau", the town read as
// a surname.
var localBodyHeadsDE = [...]string{"inspektion", "direktion", "wacht", "wehr", "werke", "kasse", "bank", "zentrale", "dienst"}

// localBodyHeadDE reports whether the capitalised word w ends in one of
// localBodyHeadsDE.
func localBodyHeadDE(w string) bool {
	if !upperFirst(w) {
		return false
	}
	for _, h := range localBodyHeadsDE {
		if hasSuffixFold(w, h) {
			return true
		}
	}
	return false
}
