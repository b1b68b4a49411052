package extract

// "Unterdessen meldete das Landesamt für Gesundheit steigende Zahlen.": a
// sentence adverb alone in the Vorfeld puts the subject right after the
// finite verb; a neuter noun with its article there ("das Landesamt",
// "das Ministerium", "das Institut": the nouns of bodies) is the speaker,
// as after "Am Montag" (a fronted adverbial), whether or not the text named
// it. With "der"/"die" (persons and groups: "Dann sagte die Ministerin")
// the rule lost training units: a plural group was taken for the speaker
// the labels carry over, a person noun was resolved to a body.

// adverbVorfeldSubjectDE returns the subject after the verb of saying at
// v = 1 when the unit opens with one sentence adverb ("Unterdessen",
// "Inzwischen", "Heute") and the neuter article "das" follows the verb;
// else "".
func (d *docState) adverbVorfeldSubjectDE(toks []token, text string, v int, lex lexicon) string {
	if v != 1 || v+2 >= len(toks) || !openingAdverbDE(toks[0].low) {
		return ""
	}
	if toks[v+1].low != "das" {
		// "der"/"die": also persons and groups the rules resolve to others;
		// a body, a group or an office by its form is the subject
		// ("Allerdings teilte die Senatsverwaltung … mit").
		if w := toks[v+1].low; w != "der" && w != "die" {
			return ""
		}
		if inv := d.invertedSubjectDE(toks, text, v, lex); inv != "" && speakerByFormDE(inv, lex) && !d.known(inv) {
			return inv
		}
		return ""
	}
	if namingVerbDE(toks[v].low) {
		return "" // "Früher hieß das Kino anders": a name, no statement
	}
	return d.invertedSubjectDE(toks, text, v, lex)
}

// openingAdverbDE reports whether w, lower-cased, is a sentence adverb
// that may stand alone before the finite verb (adverbsDE without its
// pronouns and determiners, adverbsOpenDE).
func openingAdverbDE(w string) bool {
	if pronounDE(w) || quantifierDE[w] || demonstrativeDetDE(w) {
		return false
	}
	return adverbsDE[w] || adverbsOpenDE[w]
}

// namingVerbDE reports whether w is a finite form of "heißen" (to be
// called), which names no speaker before a noun.
func namingVerbDE(w string) bool {
	switch w {
	case "heißt", "hieß", "heißen", "hießen":
		return true
	}
	return false
}
