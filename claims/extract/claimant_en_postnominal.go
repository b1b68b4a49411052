package extract

import "strings"

// A British name is often written with post-nominal letters of office or
// honour after it, in news as in court reports ("Miriam Hale KC told the
// jury", "Tom Reed MP said"). The letters are no part of the name: the
// person is "Miriam Hale", whom a later "Ms Hale" names, and the
// claimant is written without them.

// postNominalCutEN returns an English name of two words or more before
// post-nominal letters ("Ann Lee KC" → "Ann Lee") and true; the name
// unchanged and false when it has none.
func (d *docState) postNominalCutEN(name string) (string, bool) {
	if !d.en {
		return name, false
	}
	return postNominalCut(name)
}

// postNominalCut returns name without its last word and true when that
// word is post-nominal letters (postNominalEN) and two words or more
// stand before it.
func postNominalCut(name string) (string, bool) {
	k := strings.LastIndexByte(name, ' ')
	if k < 0 || !postNominalEN(name[k+1:]) || strings.IndexByte(name[:k], ' ') < 0 {
		return name, false
	}
	return name[:k], true
}
