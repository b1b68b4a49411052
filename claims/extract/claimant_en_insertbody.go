package extract

import "strings"

// "The company, based in Dayton, said …": a description of a body as the
// subject, with an insert between commas before its verb, refers to the
// body the text quoted last, as "the company said" does.

// insertedBodyEN returns the body the text last quoted as a claimant when
// the English verb of saying v has the subject "the <body noun>"
// (bodyNounEN) and an insert between them (insertBeforeEN), and the body
// is of that kind (bodyOfKindNounEN); "" otherwise.
func (d *docState) insertedBodyEN(toks []token, v int) string {
	j := insertBeforeEN(toks, verbGroupStartEN(toks, v))
	if j < 2 || toks[j-2].low != "the" || !lowerWord(&toks[j-1]) || !bodyNounEN(toks[j-1].low) {
		return ""
	}
	if j > 2 && !toks[j-3].is(tPunct) {
		return "" // "… of the company, based in …": not the subject
	}
	return bodyOfKindNounEN(toks[j-1].low, d.lastBodyEN) // not a firm for "the union"
}

// insertBeforeEN returns where an insert between commas that ends right
// before token k begins (the first comma), when the insert is a participle
// or relative phrase about the subject before it ("The company, based in
// Dayton, said", "The union, which represents 4,000 workers, said"): at
// most ten words, no other punctuation, no verb of saying; -1 otherwise.
func insertBeforeEN(toks []token, k int) int {
	if k < 3 || !toks[k-1].is(tPunct) || toks[k-1].p != ',' {
		return -1
	}
	for j := k - 2; j >= 1 && k-j <= 11; j-- {
		t := &toks[j]
		if t.cat&cSpeech != 0 {
			return -1
		}
		if !t.is(tPunct) {
			continue
		}
		if t.p != ',' || j+1 >= k-1 {
			return -1
		}
		w := toks[j+1].low
		if toks[j+1].is(tCap) || !strings.HasSuffix(w, "ed") && w != "which" && w != "who" {
			return -1
		}
		return j
	}
	return -1
}
