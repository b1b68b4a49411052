package extract

// "Another analyst, Ann Lee of Harbor Capital, said …", "Her rival, Mayor
// Tom Bell of Easton, said …": an apposition between commas before the
// verb of saying that gives a full name followed by "of", "at" or "from"
// and the body or place the person belongs to. The name ends the subject;
// the body only places the person, as in "Ann Lee of the Harbor Trust
// said" (personBeforeBodyEN).

// appositionOfEN returns the person named in such an apposition before
// the English verb of saying v, "" when there is none.
func (d *docState) appositionOfEN(toks []token, text string, v int, lex lexicon, plural bool) string {
	e := appositionOfEndEN(toks, v)
	if e == v {
		return ""
	}
	return d.nameAt(toks, text, capRunStart(toks, e), false, lex, plural, false)
}

// appositionOfEndEN returns the end of the name in an apposition that
// closes with the comma before the English verb of saying v and reads
// "<comma> Name Name of|at|from [the] Body <comma>", the name two to four
// capitalised words and the body one to five; v when the apposition has
// no such form.
func appositionOfEndEN(toks []token, v int) int {
	end := v - 1 // the comma before v
	if end < 6 || toks[end].p != ',' {
		return v
	}
	b := capRunStart(toks, end)
	if end-b < 1 || end-b > 5 || !capSegment(toks, b, end) {
		return v
	}
	p := b - 1
	if toks[p].low == "the" {
		p--
	}
	if p < 3 || !prepOfAffiliationEN(toks[p].low) {
		return v
	}
	n := capRunStart(toks, p)
	if p-n < 2 || p-n > 4 || !capSegment(toks, n, p) || n < 1 || toks[n-1].p != ',' {
		return v
	}
	return p
}

// prepOfAffiliationEN reports whether w joins a person to the body or
// place they belong to: "of", "at", "from".
func prepOfAffiliationEN(w string) bool {
	return w == "of" || w == "at" || w == "from"
}
