package extract

// "Sprecher zahlreicher Vereine begrüßten …", "Die Gegner einer
// Verlegung der Haltestelle kritisieren …": a group of people named by a
// noun and a genitive that opens with a determiner other than the definite
// article. genitiveHeadDE reads "Vertreter der EU"; with these determiners
// the genitive's noun alone was the subject ("Vereine").

// genitiveDeterminersDE are German determiners and quantifiers in the
// genitive (plural, or feminine singular "einer") that open a genitive
// attribute (closed class).
var genitiveDeterminersDE = map[string]bool{"einer": true, "eines": true, "mehrerer": true, "aller": true,
	"anderer": true, "einiger": true, "vieler": true, "beider": true, "zahlreicher": true, "verschiedener": true,
	"mancher": true, "sämtlicher": true}

// genitiveLeadDE reports whether the lower-case word w opens a genitive
// attribute: "der", "des" or one of genitiveDeterminersDE.
func genitiveLeadDE(w string) bool {
	return w == "der" || w == "des" || genitiveDeterminersDE[w]
}
