package extract

import "strings"

// "Die Betriebe schrieben Verluste, erklärte er.": a verb that follows a
// comma with its subject right after it closes a reported clause; it is
// no second predicate of the subject before the first verb, whose object
// follows it ("…, bemängelte aber die Zuschüsse"). coordinatedPredicateDE
// asks this before it reads the two verbs as one subject's.

// subjectAfterSayDE reports whether the tokens after the speech verb at v
// up to the end of the unit are only its subject: the pronoun "er" or
// "sie" alone or before "hinzu", "der" with lower-case adjectives and a
// masculine noun of a person (personNounGender, or a spokesman: "der
// grüne Bürgermeister", "der Sprecher"; not the dative of "widersprach
// der Stadt"), or the surname of a person the text named before.
func (d *docState) subjectAfterSayDE(toks []token, text string, v int, lex lexicon) bool {
	end := len(toks)
	for end > v+1 && toks[end-1].is(tPunct) && !toks[end-1].is(tQuote) {
		end--
	}
	n := end - (v + 1)
	if n < 1 {
		return false
	}
	first := toks[v+1]
	switch {
	case first.low == "er" || first.low == "sie":
		return n == 1 || n == 2 && toks[v+2].low == "hinzu" // not "kritisierte sie aber": an object
	case first.low == "der":
		a := adjectivesBackDE(toks, end-1) - 1
		low := toks[end-1].low
		return n >= 2 && n <= 4 && a == v+1 && (personNounGender("der", &toks[end-1], lex) == 'm' || strings.HasSuffix(low, "sprecher"))
	case n == 1:
		return d.bySurnameDE(text[first.s:first.e]) != ""
	}
	return false
}
