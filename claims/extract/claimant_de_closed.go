package extract

// A German sentence capitalises its first word, so a function word that
// opens it looks like a first name before a noun: "Viele Menschen", "Alle
// Tiere", "Zwischen Spaziergängern", "Welche Folgen". closedClassDE names
// these words of closed classes (determiners, quantifiers, pronouns,
// prepositions, sentence adverbs), which no German name begins with, so
// the register of people (docState.mentions) skips them.

// determinersDE are German determiners and indefinite pronouns beyond
// quantifierDE and possessive.
var determinersDE = map[string]bool{
	"welche": true, "welcher": true, "welches": true, "welchen": true, "jene": true, "jener": true, "jenes": true,
	"solche": true, "solcher": true, "solches": true, "kein": true, "keine": true, "keiner": true, "keinen": true,
	"nichts": true, "etwas": true, "wenige": true, "weitere": true, "sämtliche": true, "jeden": true, "jedem": true,
	"dieses": true, "diesen": true, "diesem": true, "unsere": true, "unser": true, "eure": true, "ihren": true,
	"seinen": true, "wieder": true, "erneut": true, "sogar": true, "selbst": true, "gerade": true, "erst": true,
}

// closedClassDE reports whether the capitalised word w (lower case low)
// belongs to a closed class of German words and so opens no name.
func closedClassDE(w, low string) bool {
	return closedLowDE[low] || functionWordDE(w)
}

// closedLowDE holds the words of quantifierDE, determinersDE, possessive,
// prepositionsBeforeDE, adverbsOpenDE ("Weiter Fragen ließ er offen": no
// person "Weiter Fragen" for a later "er") and prepositionsDE, the lists closedClassDE asks
// about a word: one look-up instead of four and a walk.
var closedLowDE = func() map[string]bool {
	m := map[string]bool{}
	for _, list := range [...]map[string]bool{quantifierDE, determinersDE, possessive, prepositionsBeforeDE, adverbsOpenDE} {
		for w, in := range list {
			m[w] = m[w] || in
		}
	}
	for _, p := range prepositionsDE {
		m[p] = true
	}
	return m
}()
