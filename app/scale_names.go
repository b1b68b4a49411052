package app

import (
	"regexp"

	"fyne.io/fyne/v2/lang"

	"claimdesk/claims"
)

// presetScaleNames are the translation keys of the built-in scales' names;
// a scale a newsroom made keeps the name it was given.
var presetScaleNames = map[string]string{
	claims.ScalePolitiFact: "scale.politifact",
	claims.ScaleCorrectiv:  "scale.correctiv",
	claims.ScaleFreeText:   "scale.freetext",
}

// copiedScaleID matches the ID a merge gives a changed preset it keeps as a
// new custom scale: the preset's ID, "-" and the first 8 hex digits of the
// version's hash (docs/exchange.md, "Rating scale").
var copiedScaleID = regexp.MustCompile(`^([a-z]+)-([0-9a-f]{8})$`)

// scaleName returns a scale's name in the interface language. A copy of a
// preset that a merge made is named after the preset in the interface
// language too, with the same hash digits, as long as it keeps the name the
// merge gave it (the preset's English name and the digits).
func scaleName(sc *claims.RatingScale) string {
	if key, ok := presetScaleNames[sc.ID]; ok && sc.Preset {
		return lang.LocalizeKey(key, sc.Name)
	}
	if en := presetName(sc.ID, false); en != "" && sc.Name == en {
		return presetName(sc.ID, true)
	}
	return sc.Name
}

// presetName returns the name a merge gives the copy of a preset with ID
// id, in the interface language if localized, else in English; "" when id
// is no such copy's.
func presetName(id string, localized bool) string {
	m := copiedScaleID.FindStringSubmatch(id)
	if m == nil {
		return ""
	}
	key, ok := presetScaleNames[m[1]]
	if !ok {
		return ""
	}
	for _, p := range claims.PresetScales() {
		if p.ID == m[1] {
			name := p.Name
			if localized {
				name = lang.LocalizeKey(key, p.Name)
			}
			return name + " (" + m[2] + ")"
		}
	}
	return ""
}

// scaleNameByID names the scale with the given ID as scaleName does, from
// the scales read last; a copy of a preset not read yet (a merge just made
// it) by the name the merge gave it; any other scale by its ID.
func (u *ui) scaleNameByID(id string) string {
	if sc := u.scales.scale(id); sc != nil {
		return scaleName(sc)
	}
	if name := presetName(id, true); name != "" {
		return name
	}
	return id
}
