package extract

// A long German compound before a name is mostly a person's office
// ("Bundestagsabgeordnete Jan Roth"), which claimantName cuts as a title.
// A compound whose head is a body's noun ("Heimatverband",
// "Wohnungsgenossenschaft", "Elterngemeinschaft") opens the body's own
// name instead ("Heimatverband Alte Mühle Talbach"): the guide keeps the kind of a
// body that is part of its name. The bare noun ("der Verein Lesefreunde
// Obernau") still describes the name after it.

// bodyOpenHeadsDE are the heads of bodyAndHeadsDE and two more of the same
// kind (closed class).
var bodyOpenHeadsDE = append(bodyAndHeadsDE[:len(bodyAndHeadsDE):len(bodyAndHeadsDE)], "genossenschaft", "gemeinschaft")

// bodyOpensNameDE reports whether the capitalised word w, perhaps in the
// genitive ("des Heimatverbands"), is a compound that ends in a head noun
// of a body taking a name after it (bodyOpenHeadsDE), longer than the
// head itself: no title before a name.
func bodyOpensNameDE(w string) bool {
	if !upperFirst(w) {
		return false
	}
	for _, v := range [2]string{w, genitiveBaseDE(w)} {
		for _, h := range bodyOpenHeadsDE {
			if len(v) > len(h) && hasSuffixFold(v, h) {
				return true
			}
		}
	}
	return false
}
