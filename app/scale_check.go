package app

import (
	"regexp"
	"strings"

	"claimdesk/claims"
)

// scaleColor is how a rating's colour is written.
var scaleColor = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)

// checkScaleLabels reports, as an EINVALID error in the checker's words,
// what is wrong with the labels and colours typed into the scale editor: a
// level without a label, a colour that is no #rrggbb (SaveScale refuses
// both, but its message names the scale and the level by their English
// names), or two levels with the same label in one language, which no
// verdict box, chip or report could tell apart. Levels are counted from 1,
// best first, as the editor lists them.
func checkScaleLabels(s *claims.RatingScale) error {
	for i, r := range s.Ratings {
		if r.LabelEN == "" && r.LabelDE == "" {
			return claims.Errorf(claims.EINVALID, "Level %d needs a label, in English or in German.", i+1)
		}
		if !scaleColor.MatchString(r.Color) {
			return claims.Errorf(claims.EINVALID, "The colour of “%s” must be written as #rrggbb, not “%s”.", r.Label(uiLang()), r.Color)
		}
	}
	for _, l := range []string{"en", "de"} {
		first := map[string]int{}
		for i, r := range s.Ratings {
			key := strings.ToLower(r.Label(l))
			if j, ok := first[key]; ok {
				return claims.Errorf(claims.EINVALID, "Levels %d and %d are both called “%s”: give each its own label.", j+1, i+1, r.Label(l))
			}
			first[key] = i
		}
	}
	return nil
}
