package app

import (
	"regexp"
	"strings"

	"claimdesk/claims"
)

// scaleColor is how a rating's colour is written.
var scaleColor = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)

// scaleField names one of the typed fields of a level in the scale editor.
type scaleField int

const (
	fieldLabelEN scaleField = iota
	fieldLabelDE
	fieldColor
)

// labelField is the label field of language l ("en" or "de").
func labelField(l string) scaleField {
	if l == "de" {
		return fieldLabelDE
	}
	return fieldLabelEN
}

// checkScaleLabels reports, as an EINVALID error in the checker's words,
// what is wrong with the labels and colours typed into the scale editor: a
// level without a label, a colour that is no #rrggbb (SaveScale refuses
// both, but its message names the scale and the level by their English
// names), or two levels with the same label in one language, which no
// verdict box, chip or report could tell apart. Levels are counted from 1,
// best first, as the editor lists them.
func checkScaleLabels(s *claims.RatingScale) error {
	_, _, err := scaleFault(s)
	return err
}

// scaleFault is checkScaleLabels that also tells where the fault is: the
// index of the level and the field to fix (for a level without a label,
// the label in the window's language; for two levels with one label, the
// later level's label in that language).
func scaleFault(s *claims.RatingScale) (int, scaleField, error) {
	for i, r := range s.Ratings {
		if r.LabelEN == "" && r.LabelDE == "" {
			return i, labelField(uiLang()), claims.Errorf(claims.EINVALID, "Level %d needs a label, in English or in German.", i+1)
		}
		if !scaleColor.MatchString(r.Color) {
			return i, fieldColor, claims.Errorf(claims.EINVALID, "The colour of “%s” must be written as #rrggbb, not “%s”.", r.Label(uiLang()), r.Color)
		}
	}
	for _, l := range []string{"en", "de"} {
		first := map[string]int{}
		for i, r := range s.Ratings {
			key := strings.ToLower(r.Label(l))
			if j, ok := first[key]; ok {
				return i, labelField(l), claims.Errorf(claims.EINVALID, "Levels %d and %d are both called “%s”: give each its own label.", j+1, i+1, r.Label(l))
			}
			first[key] = i
		}
	}
	return 0, 0, nil
}
