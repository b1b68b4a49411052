package extract

// In the third person plural the Konjunktiv I of most verbs is the same as
// the indicative ("sie müssen"), so reported speech takes the Konjunktiv
// II instead ("Ersatzform": "die Betriebe müssten schließen", "Verstöße
// würden angezeigt"). Such a plural form as the finite verb of the main
// clause, right after a unit that named a speaker, goes on in that
// speaker's voice. The singular forms ("könnte", "müsste") are left out:
// they are as often the author's own hedging. "sollten" is also the past
// indicative, but right after a speaker it is mostly a demand reported
// ("Die Klassen sollten kleiner werden"). So does, right after such a
// unit, a Konjunktiv I in "-e" among the first words, where the finite
// verb of a main clause stands ("Dieses Geld erhöhe den Beitrag"), unless
// the unit names its own source with "heißt es".

// ersatzPluralDE are plural Konjunktiv II forms that stand in for the
// Konjunktiv I; the strong ones with an umlaut ("entstünden", "böten")
// have no indicative of the same form.
var ersatzPluralDE = map[string]bool{
	"würden": true, "müssten": true, "kämen": true, "brächten": true, "bräuchten": true, "stünden": true,
	"lägen": true, "gäben": true, "wüssten": true, "sollten": true,
	"fänden": true, "entstünden": true, "bestünden": true, "verstünden": true, "böten": true, "sähen": true,
	"trügen": true, "zögen": true, "gälten": true, "hülfen": true,
}

// reportedFormDE reports whether a German unit is reported speech by its
// verb forms beyond the lexicon's Konjunktiv I: a Konjunktiv I in "-e"
// next to a pronoun (konjunktivPronounDE), or, right after a unit with a
// speaker, in a unit that asks no question and has no "heißt es", a
// plural Ersatzform or a Konjunktiv I in "-e" among its first eight words,
// neither at the end of a clause (there it is the verb of a subordinate
// clause), or in second place (secondPlaceKonjunktivDE).
func (d *docState) reportedFormDE(toks []token) bool {
	if konjunktivPronounDE(toks) {
		return true
	}
	if d.sinceClaim != 1 || len(toks) == 0 || toks[len(toks)-1].p == '?' {
		return false
	}
	if d.heisstEsUnitDE(toks) {
		return false // "…, heißt es": a source of its own, if unnamed
	}
	if secondPlaceKonjunktivDE(toks) {
		return true // "Dies gefährde Stellen", "Der Verband vergleiche Äpfel mit Birnen"
	}
	if vorfeldKonjunktivDE(toks) {
		return true // "Das aktuelle Geschehen rechtfertige keine Abkehr" (claimant_de_vorfeldnp.go)
	}
	if manKonjunktivIIDE(toks) {
		return true // "Dafür müsste man Langzeitstudien machen" (claimant_de_mankonj2.go)
	}
	if wuerdeSecondDE(toks) {
		return true // "Der Staat würde später mehr zahlen" (claimant_de_wuerde.go)
	}
	ersatz := !d.lacks(toks, wsErsatz)
	for i := 0; i+1 < len(toks); i++ {
		if ersatz && ersatzPluralDE[toks[i].low] && !toks[i+1].is(tPunct) {
			return true
		}
		if i > 0 && i < 8 && konjunktivFormDE(toks, i) && !toks[i+1].is(tPunct) {
			return true
		}
	}
	return false
}
