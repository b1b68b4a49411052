package extract

// A thread copied from a social network puts each post below a line of
// its author's name, handle and age ("Jordan Pike @jpike · 3h"); the
// post's line follows ("1/ Claims rose to 243,000 last week."). The post
// is its author's, to the end of its line; the line of the name names no
// claim.

// postHeadEN is what the English rules know of a copied thread.
type postHeadEN struct {
	head   string // the author the unit before named in a post's head line
	author string // the author of the post the current line holds
}

// maxPostHeadTail is the most tokens after the handle of a post's head
// line ("· 3h", "· May 2, 2024").
const maxPostHeadTail = 6

// postHeadNameEN returns the name a post's head line opens with: one to
// four capitalised words, then a handle ("@jpike"), then a middle dot and
// at most maxPostHeadTail tokens (the post's age or date); "" for any
// other unit, a line of a word and a handle alone ("Follow @jpike") among
// them.
func postHeadNameEN(toks []token, text string) string {
	k := 0
	for k < len(toks) && k < 4 && capWord(&toks[k]) && text[toks[k].s] != '@' {
		k++
	}
	if k == 0 || !handleAt(toks, text, k) {
		return ""
	}
	h := k + 1
	for h < len(toks) && toks[h].s == toks[h-1].e && !(toks[h].is(tPunct) && text[toks[h].s:toks[h].e] == "·") {
		h++ // the handle's own tokens ("@", "jpike_data")
	}
	if h >= len(toks) || text[toks[h].s:toks[h].e] != "·" || len(toks)-h-1 > maxPostHeadTail {
		return "" // "Follow @harborledger": a link to an account, no post's head
	}
	return text[toks[0].s:toks[k-1].e]
}

// postAuthorEN returns who and carried unchanged, except in the line
// right after a post's head line: a unit there with no claimant, or one
// only carried over, gets the post's author (carried).
func (d *docState) postAuthorEN(toks []token, text, who string, carried bool) (string, bool) {
	p := &d.post
	if d.answer.paraStart {
		p.author, p.head = p.head, postHeadNameEN(toks, text)
		if p.head != "" {
			return who, carried
		}
	}
	if p.author != "" && (who == "" || carried) {
		return p.author, true
	}
	return who, carried
}
