package extract

// sourceNounsDE are the German nouns that, right after "nach", name what
// a source gave or holds ("nach Angaben des Amts", "nach Zahlen des
// Bundesamts", "nach Ansicht von Experten"): the name after them is the
// claimant.
var sourceNounsDE = map[string]bool{
	"angaben": true, "zahlen": true, "daten": true, "schätzungen": true, "berechnungen": true,
	"erkenntnissen": true, "informationen": true, "einschätzung": true, "ansicht": true,
	"auffassung": true, "meinung": true, "darstellung": true, "worten": true, "aussage": true,
	"aussagen": true, "recherchen": true,
}
