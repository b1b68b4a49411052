package extract

// "Frey habe das Geld veruntreut, sagte sie": the person who opens a
// clause in Konjunktiv I is what is reported, and the pronoun of the verb
// of saying that closes the sentence after a comma names someone else
// (who would name themself as "Sie habe …, sagte Frey"). pronounInUnitDE
// skips such a person.

// konjunktivAuxDE are the common Konjunktiv forms of the auxiliaries and
// modals in the third person (closed class).
var konjunktivAuxDE = map[string]bool{
	"sei": true, "seien": true, "habe": true, "hätte": true, "hätten": true, "werde": true, "würde": true,
	"könne": true, "müsse": true, "wolle": true, "solle": true, "dürfe": true, "wäre": true, "wären": true,
}

// reportedSubjectDE reports whether the name whose last word is token k
// opens the unit as the subject of a Konjunktiv verb right after it, and
// the pronoun at p follows a verb of saying after a comma.
func reportedSubjectDE(toks []token, k, p int) bool {
	if p < 3 || k+1 >= p || toks[p-2].p != ',' || toks[p-1].cat&cSpeech == 0 {
		return false
	}
	s := k
	for s > 0 && capWord(&toks[s-1]) {
		s--
	}
	if s > 1 || s == 1 && toks[0].cat&cDet == 0 {
		return false // not the first words of the unit
	}
	return konjunktivAuxDE[toks[k+1].low] || konjunktivFormDE(toks, k+1)
}
