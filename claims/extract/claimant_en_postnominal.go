package extract

import "strings"

// A British name is often written with post-nominal letters of office or
// honour after it, in news as in court reports ("Miriam Hale KC told the
// jury", "Tom Reed MP said"). The letters are no part of the name: the
// person is "Miriam Hale", whom a later "Ms Hale" names, and the
// claimant is written without them.

// postNominalCutEN returns an English name of two words or more before
// post-nominal letters ("Ann Lee KC" → "Ann Lee"), without the courtesy
// title "Rt Hon" a minister's name bears before it ("Rt Hon Ann Lee MP"
// → "Ann Lee"), and true; the name unchanged and false when it has none.
func (d *docState) postNominalCutEN(name string) (string, bool) {
	if !d.en {
		return name, false
	}
	base, ok := postNominalCut(name)
	if !ok {
		return name, false
	}
	for _, t := range [...]string{"Rt Hon ", "Rt. Hon. ", "Right Hon ", "Right Honourable "} {
		if rest, cut := strings.CutPrefix(base, t); cut && strings.IndexByte(rest, ' ') > 0 {
			return rest, true // "Rt Hon Ann Lee MP": Ann Lee (claimant_en_rthon.go)
		}
	}
	return base, true
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
