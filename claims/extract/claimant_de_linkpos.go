package extract

// linkPosDE holds where the link words of claimant_de_linkword.go stand in
// a German unit, in token order. mentions finds them in one pass
// (findLinksDE), and the role rules that need such a word right after the
// noun or verb they look for (noteHeadOfBodyDE, noteRoleAfterNameDE,
// noteAdjectivalAppositionDE, noteRoleAppositionDE, noteLeadsBodyDE) visit
// only those places instead of testing every token: a unit has a few of
// them among dozens of tokens.
type linkPosDE struct {
	derDes []int // "der" or "des" (derDesDE)
	vonGen []int // "von", "der" or "des" (vonOrGenitiveDE)
	object []int // "die", "den" or "das" (objectArticleDE)
}

// findLinksDE sets l to the places of the link words in toks, reusing its
// slices.
func (l *linkPosDE) findLinksDE(toks []token) {
	l.derDes, l.vonGen, l.object = l.derDes[:0], l.vonGen[:0], l.object[:0]
	for k := range toks {
		t := &toks[k]
		if len(t.low) != 3 || t.cat&(cDet|cStopDE) == 0 {
			continue // each of the three tests needs a word of three bytes and one of these bits
		}
		if derDesDE(t) {
			l.derDes = append(l.derDes, k)
		}
		if vonOrGenitiveDE(t) {
			l.vonGen = append(l.vonGen, k)
		}
		if objectArticleDE(t) {
			l.object = append(l.object, k)
		}
	}
}
