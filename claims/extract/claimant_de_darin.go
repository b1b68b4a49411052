package extract

// "Ein Gutachten des Landesrechnungshofs liegt der Redaktion vor. Darin
// heißt es, …": "darin" points back to the document the unit before
// named, and "heißt es" quotes it; the claimant is the document's author,
// the body in its genitive, else the speaker of that unit ("In einem
// Brief fordern die Eltern … Darin heißt es, …"), else none.

// documentNounsDE are German nouns of documents a body writes (closed
// class); compounds of a publication's noun count as well
// (publicationCompoundDE: "Jahresbericht", "Abschlussgutachten").
var documentNounsDE = map[string]bool{
	"brief": true, "schreiben": true, "gutachten": true, "bericht": true, "studie": true, "papier": true,
	"entwurf": true, "antrag": true, "beschluss": true, "erklärung": true, "mitteilung": true,
	"stellungnahme": true, "dokument": true, "protokoll": true, "vertrag": true, "urteil": true,
	"analyse": true, "umfrage": true, "memo": true, "vermerk": true, "konzept": true, "schrift": true,
	"berechnung": true, "berechnungen": true, "schätzung": true, "schätzungen": true, "auswertung": true,
	"prognose": true, "statistik": true,
}

// documentFilterDE is the wordFilter of documentNounsDE: noteDocOwnerDE
// asks it of every capitalised word before the map.
var documentFilterDE = newWordFilter(documentNounsDE)

// documentWordDE reports whether the lower-case word w is one of
// documentNounsDE or a compound of a publication's noun
// (publicationCompoundDE).
func documentWordDE(w string) bool {
	return documentFilterDE.mayHold(w) && documentNounsDE[w] || publicationCompoundDE(w)
}

// noteDocOwnerDE records, for "Darin heißt es" in the next unit, the
// author of the first document the German unit names: the body in the
// genitive after it ("Gutachten des Landesrechnungshofs"; a head noun
// alone is the body the text named in full with it, bodyNamedDE), else the
// unit's claimant who; "" when the unit names no document. The body in the
// genitive alone it also keeps as docGenitiveDE, for "Demnach"
// (demnachDocDE).
func (d *docState) noteDocOwnerDE(toks []token, text, who string, lex lexicon) {
	d.docOwnerDE, d.docGenitiveDE = "", ""
	for _, c := range d.capsOf(toks) {
		k := int(c)
		if !documentWordDE(toks[k].low) {
			continue
		}
		if g := k + 1; g+1 < len(toks) && (toks[g].low == "des" || toks[g].low == "der") && capWord(&toks[g+1]) {
			if owner := d.genitiveSourceDE(toks, text, g, phraseEndDE(toks, g), lex); owner != "" {
				owner = d.bodyNamedDE(toks, text, owner) // "Umfrage des Verbands" after "Der Digitalverband Bitkraft …" (claimant_de_body.go)
				d.docOwnerDE, d.docGenitiveDE = owner, owner
				return
			}
		}
		d.docOwnerDE = who
		return
	}
}

// darinHeisstDE reports whether "heißt es" at i follows "Darin" that opens
// its clause at c ("Darin heißt es, …", "Darin hieß es unter anderem").
func darinHeisstDE(toks []token, c, i int) bool {
	return c+1 == i && toks[c].low == "darin"
}

// demnachDocDE returns, for a German unit with "demnach" and no verb of
// its own, the body whose document the unit before named in the genitive
// ("X verwies auf Berechnungen des Umweltbundesamts. Demnach …" →
// "Umweltbundesamt"): "demnach" points to the document, not to the one
// who cited it; "" otherwise.
func (d *docState) demnachDocDE(toks []token) string {
	if d.docGenitiveDE == "" || !hasToken(toks, "demnach") {
		return ""
	}
	return d.docGenitiveDE
}
