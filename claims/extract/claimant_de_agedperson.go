package extract

import "strings"

// agedPersonDE resolves "der 54-Jährige" / "die 45-Jährige" of gender g to
// a person: the referent of a pronoun of that gender (resolvePronoun),
// but never a body: "Der 54-Jährige räumte die Tat ein" after "Die
// Staatsanwaltschaft wirft ihm Totschlag vor" is the defendant, whom the
// text does not name, so none.
func (d *docState) agedPersonDE(g byte) string {
	if who := d.resolvePronoun(g, true); !bodyNameDE(who) {
		return who
	}
	return ""
}

// bodyNameDE reports whether a word of the claimant name ends in a noun of
// a body (bodyNounDE: "Internationaler Radsportverband",
// "Staatsanwaltschaft").
func bodyNameDE(name string) bool {
	for _, w := range strings.Fields(name) {
		if bodyNounDE(w) {
			return true
		}
	}
	return false
}
