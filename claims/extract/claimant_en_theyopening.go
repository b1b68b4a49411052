package extract

import "strings"

// "Ann Lee and her colleagues studied 31 cities. They said the link held
// everywhere.": a unit that opens with a person and "his", "her" or
// "their" and a plural noun as its subject, and quotes nobody, gives the
// group a later "they said" refers to (theyGroupEN), named with the
// person's full name.

// noteOpeningGroupEN remembers, for "they said" in the units after it,
// the subject "<Name> and his|her|their <plural noun>" that opens the
// English unit toks; it does nothing when the unit opens otherwise.
func (d *docState) noteOpeningGroupEN(toks []token, text string) {
	a := capRunStart(toks, 0)
	n := 0
	for n < len(toks) && n < 4 && capWord(&toks[n]) {
		n++
	}
	if a != 0 || n == 0 || n+2 >= len(toks) || toks[n].low != "and" || !possessive[toks[n+1].low] || toks[n+1].low == "its" {
		return
	}
	noun := &toks[n+2]
	if !lowerWord(noun) || noun.cat != 0 || len(noun.low) < 4 || !strings.HasSuffix(noun.low, "s") || strings.HasSuffix(noun.low, "ss") {
		return // "colleagues", "co-authors", "aides"
	}
	name := text[toks[0].s:toks[n-1].e]
	p, ok := d.lookup(name)
	if !ok || strings.IndexByte(p.name, ' ') < 0 {
		return
	}
	d.group = theyGroup{p.name + text[toks[n-1].e:noun.e], d.units}
}
