package extract

// "Die Statistik weist … aus", "Das Schreiben endete mit …": a German
// document noun alone ("Statistik", "Bericht", "Schreiben") as the subject
// of a unit is no claimant; it speaks for whoever issued it, and a unit
// that names only the document has none (docClaimantDE). A source given
// with "laut", "zufolge" or "nach Angaben" ("Laut einer Umfrage …") keeps
// the noun, as the labels and the tests of claimant_de_laut_study.go do.
// (Giving the noun the claimant of the unit that brought the document up,
// as the English rules do, gained nothing on the training articles: that
// claimant was often the agency reporting on the document.)

// docFormsDE are German document nouns and their inflected forms.
var docFormsDE = [...]string{
	"studie", "bericht", "berichts", "berichtes", "umfrage", "untersuchung", "analyse",
	"gutachten", "gutachtens", "erhebung", "auswertung", "statistik", "schreiben", "schreibens",
}

// docClaimantDE returns none for a German claimant that is a document noun
// of docFormsDE alone (case ignored) in a unit without "laut", "zufolge"
// or "Angaben"; who otherwise.
func docClaimantDE(toks []token, who string) string {
	if !foldIn(who, docFormsDE[:]...) && !docCompoundDE(who) {
		return who // "Prüfbericht", "Brief" (claimant_de_doccompound.go)
	}
	for i := range toks {
		if toks[i].cat&cAccording != 0 || toks[i].low == "angaben" {
			return who
		}
	}
	return ""
}
