package extract

import "strings"

// An age written with a number ("die 64-jährige Ministerin", "der
// 58-Jährige") describes a person, not a time: a subject that holds one
// is still a subject ("Die 64-jährige Ministerin Eva Roth hat erklärt,
// …"), where a number of a date or a period ("Am 3. Mai hat …", "2019
// hatte …") marks an adverbial Vorfeld.

// ageWordDE reports whether t is a number token of an age: "64-jährige",
// "58-Jährigen", "17-jähriger".
func ageWordDE(t *token) bool {
	return t.is(tNum) && strings.Contains(t.low, "-jährig")
}

// agedVorfeldDE resolves "Der 58-Jährige" / "Die 45-Jährige" opening the
// unit as the subject of the verb of saying v ("Der 58-Jährige erklärte,
// …") or of the auxiliary of its perfect ("Die 45-Jährige hatte
// gewarnt, …") as a pronoun of the article's gender, like agedDE after
// the verb; "" for any other opening.
func (d *docState) agedVorfeldDE(toks []token, v int) string {
	perfect := v == 3 && perfectAuxDE(toks[2].low) || perfectAuxBefore(toks, v) == 2 // "hatte gewarnt", "hatte am Montag gewarnt"
	if v != 2 && !perfect || !ageWordDE(&toks[1]) || !strings.HasSuffix(toks[1].low, "-jährige") {
		return ""
	}
	switch toks[0].low {
	case "der":
		return d.agedPersonDE('m')
	case "die":
		return d.agedPersonDE('f')
	}
	return ""
}

// agedOpeningDE reports whether the unit opens with an article and an age
// noun right before the verb v ("Der 54-Jährige räumte die Tat zu Beginn
// der Verhandlung ein"): the Vorfeld is the subject, so the words after
// the verb are no speaker.
func agedOpeningDE(toks []token, v int) bool {
	return v == 2 && nominativeArticleDE(toks[0].low) && ageWordDE(&toks[1]) && strings.HasSuffix(toks[1].low, "-jährige")
}
