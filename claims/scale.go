package claims

import (
	"context"
	"regexp"
	"strings"
)

// Rating is one step of a rating scale, e.g. "Mostly false".
type Rating struct {
	ID      string `json:"id"` // unique across scales, e.g. "politifact:false"
	ScaleID string `json:"scale_id"`
	LabelEN string `json:"label_en"`
	LabelDE string `json:"label_de"`
	Color   string `json:"color"`   // "#rrggbb"
	Ordinal int    `json:"ordinal"` // higher is truer; used for ClaimReview ratingValue
	Final   bool   `json:"final"`   // a verdict that can be published as it is
}

// Label returns the label in language lang ("de" or anything else for English).
func (r *Rating) Label(lang string) string {
	if lang == "de" && r.LabelDE != "" {
		return r.LabelDE
	}
	if r.LabelEN != "" {
		return r.LabelEN
	}
	return r.LabelDE
}

// RatingScale is an editable, ordered list of ratings. A FreeText scale has
// no ratings: verdicts are written as one-sentence conclusions.
type RatingScale struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	FreeText bool     `json:"free_text,omitempty"`
	Preset   bool     `json:"preset,omitempty"`
	Ratings  []Rating `json:"ratings,omitempty"` // best first
}

// colorRE matches a rating's colour: "#" and six hex digits.
var colorRE = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)

// Validate reports an EINVALID error when the scale breaks a rule.
func (s *RatingScale) Validate() error {
	if strings.TrimSpace(s.ID) == "" || strings.TrimSpace(s.Name) == "" {
		return Errorf(EINVALID, "A rating scale needs an ID and a name.")
	}
	if s.FreeText && len(s.Ratings) > 0 {
		return Errorf(EINVALID, "A free-text scale has no ratings.")
	}
	if !s.FreeText && len(s.Ratings) == 0 {
		return Errorf(EINVALID, "Scale %q needs at least one rating.", s.Name)
	}
	seen := map[string]bool{}
	for _, r := range s.Ratings {
		if r.ID == "" || (r.LabelEN == "" && r.LabelDE == "") {
			return Errorf(EINVALID, "Every rating of scale %q needs an ID and a label.", s.Name)
		}
		if seen[r.ID] {
			return Errorf(EINVALID, "Rating %q appears twice in scale %q.", r.ID, s.Name)
		}
		seen[r.ID] = true
		if r.ScaleID != "" && r.ScaleID != s.ID {
			return Errorf(EINVALID, "Rating %q belongs to another scale.", r.ID)
		}
		if !colorRE.MatchString(r.Color) {
			return Errorf(EINVALID, "Rating %q needs a colour written as #rrggbb, not %q.", r.Label("en"), r.Color)
		}
	}
	return nil
}

// Rating returns the rating with the given ID, or nil.
func (s *RatingScale) Rating(id string) *Rating {
	for i := range s.Ratings {
		if s.Ratings[i].ID == id {
			return &s.Ratings[i]
		}
	}
	return nil
}

// Bounds returns the lowest and highest ordinal of the scale.
func (s *RatingScale) Bounds() (worst, best int) {
	for i, r := range s.Ratings {
		if i == 0 || r.Ordinal < worst {
			worst = r.Ordinal
		}
		if i == 0 || r.Ordinal > best {
			best = r.Ordinal
		}
	}
	return worst, best
}

// The IDs of the preset scales.
const (
	ScalePolitiFact = "politifact"
	ScaleCorrectiv  = "correctiv"
	ScaleFreeText   = "freetext"
)

// rating returns a final rating of scale, with the ID "scale:id", its
// English and German labels, colour and ordinal.
func rating(scale, id, en, de, color string, ord int) Rating {
	return Rating{ID: scale + ":" + id, ScaleID: scale, LabelEN: en, LabelDE: de, Color: color, Ordinal: ord, Final: true}
}

// PresetScales returns fresh copies of the built-in scales: a PolitiFact-style
// six-step scale, a CORRECTIV-style German scale and free-text conclusions.
func PresetScales() []*RatingScale {
	p := ScalePolitiFact
	c := ScaleCorrectiv
	return []*RatingScale{
		{ID: p, Name: "PolitiFact-style (6 steps)", Preset: true, Ratings: []Rating{
			rating(p, "true", "True", "Wahr", "#2e7d32", 6),
			rating(p, "mostly-true", "Mostly true", "Größtenteils wahr", "#7cb342", 5),
			rating(p, "half-true", "Half true", "Halb wahr", "#f9a825", 4),
			rating(p, "mostly-false", "Mostly false", "Größtenteils falsch", "#ef6c00", 3),
			rating(p, "false", "False", "Falsch", "#c62828", 2),
			rating(p, "pants-on-fire", "Pants on fire", "Glatt gelogen", "#6a1b9a", 1),
		}},
		{ID: c, Name: "CORRECTIV-style (German)", Preset: true, Ratings: []Rating{
			rating(c, "richtig", "Correct", "Richtig", "#2e7d32", 8),
			rating(c, "groesstenteils-richtig", "Mostly correct", "Größtenteils richtig", "#7cb342", 7),
			rating(c, "unbelegt", "Unproven", "Unbelegt", "#757575", 6),
			rating(c, "teilweise-falsch", "Partly false", "Teilweise falsch", "#f9a825", 5),
			rating(c, "fehlender-kontext", "Missing context", "Fehlender Kontext", "#fbc02d", 4),
			rating(c, "manipuliert", "Manipulated", "Manipuliert", "#8e24aa", 3),
			rating(c, "groesstenteils-falsch", "Mostly false", "Größtenteils falsch", "#ef6c00", 2),
			rating(c, "falsch", "False", "Falsch", "#c62828", 1),
		}},
		{ID: ScaleFreeText, Name: "Free-text conclusion", Preset: true, FreeText: true},
	}
}

// ScaleService manages rating scales and which one is active.
type ScaleService interface {
	// FindScales returns every scale, presets first.
	FindScales(ctx context.Context) ([]*RatingScale, error)
	// FindScaleByID returns one scale. Errors: ENOTFOUND.
	FindScaleByID(ctx context.Context, id string) (*RatingScale, error)
	// FindRatingByID returns one rating of any scale. Errors: ENOTFOUND.
	FindRatingByID(ctx context.Context, id string) (*Rating, error)
	// SaveScale creates a scale or replaces one with the same ID (labels,
	// colours, order). A rating that claims still use cannot be removed.
	// What changed is recorded in the scale's history (FieldCreated,
	// FieldName, FieldLevelAdded, FieldLevelRemoved, FieldLevel,
	// FieldOrder). Errors: EINVALID, ECONFLICT.
	SaveScale(ctx context.Context, s *RatingScale) error
	// DeleteScale removes a scale that is neither active nor used by claims.
	// Errors: ENOTFOUND, ECONFLICT.
	DeleteScale(ctx context.Context, id string) error
	// ActiveScale returns the scale verdicts are chosen from.
	ActiveScale(ctx context.Context) (*RatingScale, error)
	// SetActiveScale makes scale id the active one. Errors: ENOTFOUND.
	SetActiveScale(ctx context.Context, id string) error
}
