package extract

// sourceNounsDE are the German nouns that, right after "nach", name what
// a source gave or holds ("nach Angaben des Amts", "nach Zahlen des
// Bundesamts", "nach Ansicht von Experten"): the name after them is the
// claimant. All but "zahlen" and "daten" are also communicationNounsDE,
// the nouns "laut", "zufolge" and sourcePhraseDE read; one list for both
// lost a training unit (BENCHMARKS, twelfth session).
var sourceNounsDE = map[string]bool{
	"angaben": true, "zahlen": true, "daten": true, "schätzungen": true, "berechnungen": true,
	"erkenntnissen": true, "informationen": true, "einschätzung": true, "ansicht": true,
	"auffassung": true, "meinung": true, "darstellung": true, "worten": true, "aussage": true,
	"aussagen": true, "recherchen": true,
}
