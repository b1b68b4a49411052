package extract

// "…,” Zapata's mother, Mary, said.", "Clinton's husband, Bill, told": a
// relative named by a possessive and a kinship noun, with only a first
// name in the apposition. The claimant is the first name with the family
// name of the possessive ("Mary Zapata"), the way a reader knows the
// person; a relative named in full ("Axelrod’s nephew, Jesse Lehrich")
// keeps the name as written.

// kinNounsEN are the kinship nouns of such an apposition.
var kinNounsEN = newFoldSet("mother", "father", "wife", "husband", "son", "daughter", "sister", "brother",
	"widow", "widower", "mom", "dad", "grandmother", "grandfather", "aunt", "uncle")

// kinFirstNameEN returns who with the family name of the possessive
// before it when who is one word set off by commas after "<Name>'s
// <kinship noun>,"; who otherwise.
func kinFirstNameEN(toks []token, text, who string) string {
	for i := 3; i+1 < len(toks); i++ {
		if text[toks[i].s:toks[i].e] != who || toks[i-1].p != ',' || toks[i+1].p != ',' {
			continue
		}
		owner := &toks[i-3]
		if !kinNounsEN.has(toks[i-2].low) || !capWord(owner) || !possessiveEndEN(owner.low) {
			continue
		}
		return who + " " + trimPossessiveEN(text[owner.s:owner.e])
	}
	return who
}
