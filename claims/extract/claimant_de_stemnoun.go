package extract

// A German separable verb of saying speaks only with its particle
// ("räumt … ein", "weist … hin", "teilt … mit"); its bare stem written
// with a capital letter inside the sentence is a noun of another word:
// "in den Räumen der alten Mühle" (Raum), "auf vielerlei Weisen" (Weise).
// The lexicon lists some of these stems as verbs of saying, so the
// subject of the sentence ("Der Chor probt in den Räumen der Mühle")
// was taken as a speaker.

// separableStemsDE holds the finite forms of fusedParticlesDE: the stems
// that speak only with a particle.
var separableStemsDE = func() map[string]bool {
	m := map[string]bool{}
	for _, forms := range fusedParticlesDE {
		for _, f := range forms {
			m[f] = true
		}
	}
	return m
}()

// stemNounDE reports whether the verb of saying at v is the stem of a
// separable verb (separableStemsDE) written with a capital letter inside
// the sentence (nounVerbDE): a noun, no verb.
func stemNounDE(toks []token, v int) bool {
	return nounVerbDE(toks, v) && separableStemsDE[toks[v].low]
}
