package extract

import "strings"

// "Newly confirmed Deputy Attorney General Ann Lee laid out …", "Having
// announced that …, Judge Lee proceeded", "Remaining disputes include
// …": a sentence may open with an adverb or a participle, capitalised
// only because it opens the sentence, right before a word the finder
// reads as a verb of saying. Such a word alone is no speaker. A surname
// of that form ("Kelly", "Manning") is kept when the text knows the
// person.

// openingFormCutEN returns "" when who is the one word that opens the
// unit, an adverb in -ly, a form in -ing or "Given", and no person the
// text knows; who otherwise.
func (d *docState) openingFormCutEN(toks []token, text, who string) string {
	if who == "" || strings.IndexByte(who, ' ') >= 0 {
		return who
	}
	k := 0
	for k < len(toks) && toks[k].is(tQuote) {
		k++
	}
	if k >= len(toks) || text[toks[k].s:toks[k].e] != who || !openingFormEN(toks[k].low) {
		return who
	}
	if _, ok := d.lookup(who); ok {
		return who
	}
	return ""
}

// openingFormEN reports whether the lower-case word w has the form of an
// adverb in -ly or a participle in -ing, or is "given".
func openingFormEN(w string) bool {
	return len(w) >= 5 && (strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing")) || w == "given"
}
