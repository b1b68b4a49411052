package extract

// "Die Staatskanzlei würdigte Brand als verlässliche Partnerin." A Vorfeld
// that names no person before a verb followed by a person's name is
// mostly the object ("Konkrete Zahlen nannte Roth nicht"), so the name
// after the verb was taken as the speaker. A definite article and a noun
// of a body right before the verb ("Die Staatskanzlei", "Der Vorstand")
// is the subject: bodies praise, thank and criticise people, and the
// person after the verb is the object.

// bodyVorfeldDE reports whether the noun phrase from i to end, which ends
// right before the verb at v, is a definite article, perhaps lower-case
// adjectives, and one capitalised noun of a body (bodyNounDE, or a
// collective body of vorfeldBodyHeadsDE).
func bodyVorfeldDE(toks []token, text string, i, end, v int) bool {
	if end != v || end-i < 2 || end-i > 4 {
		return false
	}
	switch toks[i].low {
	case "der", "die", "das":
	default:
		return false
	}
	n := end - 1
	if !capWord(&toks[n]) || adjectivesBackDE(toks, n) != i+1 {
		return false
	}
	w := text[toks[n].s:toks[n].e]
	if bodyNounDE(w) {
		return true
	}
	for _, h := range vorfeldBodyHeadsDE {
		if hasSuffixFold(w, h) {
			return true
		}
	}
	return false
}

// vorfeldBodyHeadsDE are nouns of collective bodies beyond bodyNounDE's
// (closed class: parliaments, councils' bodies, committees, offices):
// "Staatskanzlei", "Kreistag", "Fraktion", "Jury".
var vorfeldBodyHeadsDE = [...]string{"kanzlei", "landtag", "bundestag", "kreistag", "parlament", "fraktion",
	"ausschuss", "gremium", "jury", "akademie", "bündnis"}
