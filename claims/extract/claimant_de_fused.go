package extract

// German separable verbs of saying written as one word. In a clause whose
// verb stands last (a "wie" or "dass" clause) the particle is joined to
// the verb: "teilt … mit" becomes "…, wie die Behörde mitteilt", "weist …
// hin" becomes "Wie Jan Roth hinweist, …". The lexicon lists a few of
// these forms ("mitteilte"); fusedSpeechDE reads the others.

// fusedParticlesDE maps a separable particle to the finite forms (third
// person, present and past, singular and plural) of the verbs it makes a
// verb of saying or of taking a position with: "mit"+"teilt" (mitteilen),
// "fest"+"stellt" (feststellen), "bekannt"+"gab" (bekanntgeben).
var fusedParticlesDE = map[string][]string{
	"mit":     {"teilt", "teilte", "teilten", "teilen"},
	"an":      {"kündigt", "kündigte", "kündigten", "kündigen", "merkt", "merkte", "merkten", "merken", "gibt", "gab", "gaben", "geben"},
	"fest":    {"stellt", "stellte", "stellten", "stellen"},
	"klar":    {"stellt", "stellte", "stellten", "stellen"},
	"hin":     {"weist", "wies", "wiesen", "weisen"},
	"zurück":  {"weist", "wies", "wiesen", "weisen"},
	"vor":     {"schlägt", "schlug", "schlugen", "schlagen", "wirft", "warf", "warfen", "werfen"},
	"zu":      {"gibt", "gab", "gaben", "geben", "sichert", "sicherte", "sicherten", "sichern"},
	"bekannt": {"gibt", "gab", "gaben", "geben"},
	"ein":     {"räumt", "räumte", "räumten", "räumen"},
	"hervor":  {"hebt", "hob", "hoben", "heben"},
	"kund":    {"tut", "tat", "taten", "tun"},
	"nahe":    {"legt", "legte", "legten", "legen"},
	"dar":     {"legt", "legte", "legten", "legen"},
	"aus":     {"führt", "führte", "führten", "führen"},
	"hinzu":   {"fügt", "fügte", "fügten", "fügen"},
}

// fusedFormsDE holds every particle + finite form of fusedParticlesDE
// ("mitteilt", "hinwies"): one look-up a word instead of a walk over the
// particles.
var fusedFormsDE = func() map[string]bool {
	m := map[string]bool{}
	for p, forms := range fusedParticlesDE {
		for _, f := range forms {
			m[p+f] = true
		}
	}
	return m
}()

// fusedSpeechDE reports whether w (lower case) is a separable verb of
// saying with its particle joined to the finite verb ("mitteilt",
// "hinwies", "bekanntgab"), the form of a verb that ends its clause.
func fusedSpeechDE(w string) bool {
	return len(w) >= 6 && fusedFormsDE[w]
}

// fusedSpeechAtDE reports whether toks[i] is a fused verb of saying
// (fusedSpeechDE) that ends a clause opened by "wie" (wieClause): "…, wie
// die Behörde mitteilt." In a "dass" or "weil" clause the same form
// reports the content, not the source ("…, dass er den Fehler zugab"). A
// question opened by "Wie" asks for a manner ("Wie soll man das
// angeben?") and reports nothing.
func fusedSpeechAtDE(toks []token, i int) bool {
	if i+1 < len(toks) && !toks[i+1].is(tPunct) || !fusedSpeechDE(toks[i].low) || toks[len(toks)-1].p == '?' {
		return false
	}
	return wieClause(toks, i, true) >= 0
}
