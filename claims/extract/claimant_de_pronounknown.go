package extract

// "Die Imkerin Jana Vogt lobte die Ernte. Am Stand von Jens Kolbe gab es
// Honig. „…“, sagte sie.": the first person of the unit before is the
// usual referent of a pronoun, but Jens Kolbe was named after a
// preposition, not as the one who acts, the text gave him no gender, and
// he said nothing there, while the text marked a person named just before
// as of the pronoun's gender. The pronoun then refers to that person.

// knownSpeakerOverUnknownDE returns the last speaker of gender g, else the
// last person of gender g, when the first person of the previous unit was
// named after a preposition, has no known gender and was not its
// claimant, and that person was named in the last three units; else "".
func (d *docState) knownSpeakerOverUnknownDE(g byte) string {
	if g == 0 || d.prevFirst == "" || !d.firstObl[1] || d.genderOf(d.prevFirst) != 0 {
		return ""
	}
	if d.sinceClaim == 1 && d.prevClaim == d.prevFirst {
		return "" // "Laut Jens Kolbe …. …, sagte sie.": a source of the unit before
	}
	s := d.lastSpeaker[gi(g)]
	if s == "" {
		s = d.lastPerson[gi(g)]
	}
	if s == "" || s == d.prevFirst {
		return ""
	}
	if p, ok := d.lookup(s); !ok || d.units-p.unit > 3 {
		return ""
	}
	return s
}

// afterPrepositionDE reports whether the German capitalised word at i (a
// name or the role before it) follows a preposition, perhaps with an
// article between ("von Jens Kolbe", "mit der Imkerin Jana Vogt").
func afterPrepositionDE(toks []token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].cat&cDet != 0 {
		k--
	}
	return k >= 0 && prepositionsBeforeDE[toks[k].low]
}
