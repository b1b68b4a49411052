package extract

// "Over the weekend, the Daily Mail newspaper reported …", "…, the Harbor
// Water utility said": a body named and then called by the kind of body
// it is (bodyNounEN), the lower-case noun right before the verb. The
// name is the speaker; at the start of the sentence the opening-name rule
// finds it, after an opening phrase this one does.

// namedKindEN returns the capitalised name between "the" and a body noun
// that ends before token e ("the Daily Mail newspaper"), when "the"
// opens the sentence or follows a comma; "" otherwise.
func namedKindEN(toks []token, text string, e int) string {
	j := e - 1
	if j < 2 || !lowerWord(&toks[j]) || !bodyNounEN(toks[j].low) {
		return ""
	}
	k := j
	for k > 0 && j-k < 5 && capWord(&toks[k-1]) && toks[k-1].cat&cDet == 0 {
		k--
	}
	if k == j || k < 1 || toks[k-1].low != "the" || k >= 2 && toks[k-2].p != ',' {
		return ""
	}
	return text[toks[k].s:toks[j-1].e]
}
