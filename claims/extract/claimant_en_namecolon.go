package extract

import "strings"

// fullNameColonEN returns the person an English unit names in full
// (first name and surname, in ordinary case) right before a colon that
// opens it when words in quotation marks follow the colon: "Ann Lee:
// Farmers will pay ‘every cent’ of the tax". Headlines write the colon
// for "says", and the quotation marks show the words are the named
// person's, even when the text names them here for the first time
// (colonSpeaker wants an earlier mention, as an interview introduces its
// guest). A single surname ("Lee: Keep it"), a heading ("Full Story:
// …") or a name before a colon and no quotation ("Ann Lee: hero or
// villain?", a topic) names nobody: the words must be a person the text
// registered with a space in the name, written out exactly.
func (d *docState) fullNameColonEN(toks []token, text string) string {
	k := 0
	for k < len(toks) && k < 5 && toks[k].flags&(tCap|tPunct|tAllCap) == tCap && toks[k].cat&(cDet|cNotName) == 0 {
		k++
	}
	if k < 2 || k >= len(toks) || toks[k].p != ':' || len(toks)-k <= 3 {
		return ""
	}
	if !quoteAfterEN(toks, text, k+1) {
		return ""
	}
	label := text[toks[0].s:toks[k-1].e]
	if strings.IndexByte(label, ' ') < 0 {
		return ""
	}
	if p, ok := d.lookup(label); ok && strings.IndexByte(p.name, ' ') > 0 {
		return p.name
	}
	return ""
}

// quoteAfterEN reports whether a quotation mark, single or double, opens
// quoted words at or after token k: right after the colon or after a
// space, so that an apostrophe inside a word ("Lee’s") does not count.
func quoteAfterEN(toks []token, text string, k int) bool {
	for m := k; m < len(toks); m++ {
		if !toks[m].is(tQuote) {
			continue
		}
		if m == k || toks[m-1].e < toks[m].s {
			return true
		}
	}
	return false
}
