package extract

// An English sentence may open with an adverbial phrase that names a
// place, an event or a person before its subject: "Since the Port Alder
// shooting, Dana Cole has called …", "After the Westmark vote, Ann Lee
// told …". The name in that phrase is not the subject of the verb after
// the comma, so the opening name is no speaker there. "As for Ann Lee,
// she said" names the topic that the pronoun after the comma takes up: it
// is left to the pronoun.

// introPhraseEN reports whether the English unit opens with a preposition
// or subordinating word and a comma closes that phrase between the
// opening name at k and the verb at v.
func introPhraseEN(toks []token, k, v int) bool {
	if len(toks) == 0 || !foldIn(toks[0].low, "since", "after", "before", "during", "following", "despite", "amid",
		"in", "at", "on", "with", "as", "while", "when", "although", "though", "because", "if", "unless", "until", "from") {
		return false
	}
	if len(toks) > 1 && toks[0].low == "as" && toks[1].low == "for" {
		return false // "As for Ann Lee, she said …": the name is the topic the pronoun takes up
	}
	for i := k + 1; i < v; i++ {
		if toks[i].p == ',' {
			return true
		}
	}
	return false
}
