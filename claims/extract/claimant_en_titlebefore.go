package extract

import "strings"

// "Harbor Budget Committee Chairman Tom Varga said", "Retired Army Col.
// Lewis Varga said": the words of a title before a name may come out as the
// claimant when the run of capitalised words stops inside the title; the
// person is the name the title leads to.

// titledNameAfterEN returns the person named right after the English
// claimant who in the unit when who ends inside a title: who's last word,
// or one of at most three lower-case words after it, or the capitalised
// word after it ("Prime Minister"), is a role or an English title word,
// a name (or "of" and an office) follows it, and nameAt reads a name
// from there ("Col. Lewis Varga", "Supervisor of Elections Mara
// Quint"). who unchanged otherwise, and when who is a person the text
// named or the name found is who itself.
func (d *docState) titledNameAfterEN(u *claimUnit, who string) string {
	end, ok := whoEndEN(u, who)
	if !ok || !plainName(who) {
		return who // "One teen girl", "A Republican close to Lee": a description, no title
	}
	last := -1 // who's last token
	for i := range u.toks {
		if u.toks[i].e == end {
			last = i
			break
		}
	}
	if last < 0 || last+1 >= len(u.toks) {
		return who
	}
	if p, ok := d.lookup(who); ok && p.named > 0 {
		return who // a person the text names again in full
	}
	for r := last; r <= last+3 && r < len(u.toks); r++ {
		t := &u.toks[r]
		if r > last && (t.is(tPunct) || t.is(tCap) && r > last+1) {
			break // only lower-case words, or one capitalised word, between who and the title
		}
		if roleOf(t, u.lex) == "" && !(t.is(tCap) && titleWordEN(t.low)) {
			continue
		}
		n := r + 1
		if n+1 < len(u.toks) && u.toks[n].p == '.' && u.toks[n].s == t.e {
			n++ // "Col. Lewis Varga"
		}
		if n >= len(u.toks) || !u.toks[n].is(tCap) || u.toks[n].is(tPunct) || u.toks[n].cat&cNotName != 0 && u.toks[n].low != "of" {
			return who // a name, or "of" and an office, must follow the title
		}
		name := d.nameAt(u.toks, u.text, r, false, u.lex, false, false)
		if name != "" && name != who && upperFirst(name) && !strings.Contains(who, name) {
			return name
		}
		return who
	}
	return who
}
