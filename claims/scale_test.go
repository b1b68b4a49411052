package claims_test

import (
	"slices"
	"testing"

	"claimdesk/claims"
)

func validScale() *claims.RatingScale {
	return &claims.RatingScale{ID: "haus", Name: "Hausskala", Ratings: []claims.Rating{
		{ID: "haus:stimmt", ScaleID: "haus", LabelEN: "Correct", LabelDE: "Stimmt", Color: "#2E7D32", Ordinal: 2, Final: true},
		{ID: "haus:falsch", LabelDE: "Falsch", Color: "#c62828", Ordinal: 1, Final: true},
	}}
}

func TestRatingScaleValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(s *claims.RatingScale)
		want string
	}{
		{"OK", func(s *claims.RatingScale) {}, ""},
		{"OKFreeText", func(s *claims.RatingScale) { s.FreeText, s.Ratings = true, nil }, ""},
		{"ErrIDRequired", func(s *claims.RatingScale) { s.ID = " " }, claims.EINVALID},
		{"ErrNameRequired", func(s *claims.RatingScale) { s.Name = "" }, claims.EINVALID},
		{"ErrFreeTextWithRatings", func(s *claims.RatingScale) { s.FreeText = true }, claims.EINVALID},
		{"ErrRatingsRequired", func(s *claims.RatingScale) { s.Ratings = nil }, claims.EINVALID},
		{"ErrRatingIDRequired", func(s *claims.RatingScale) { s.Ratings[1].ID = "" }, claims.EINVALID},
		{"ErrLabelRequired", func(s *claims.RatingScale) { s.Ratings[1].LabelDE = "" }, claims.EINVALID},
		{"ErrRatingTwice", func(s *claims.RatingScale) { s.Ratings[1].ID = s.Ratings[0].ID }, claims.EINVALID},
		{"ErrOtherScale", func(s *claims.RatingScale) { s.Ratings[1].ScaleID = "politifact" }, claims.EINVALID},
		{"ErrColorName", func(s *claims.RatingScale) { s.Ratings[0].Color = "green" }, claims.EINVALID},
		{"ErrColorShort", func(s *claims.RatingScale) { s.Ratings[0].Color = "#2e7d3" }, claims.EINVALID},
		{"ErrColorNotHex", func(s *claims.RatingScale) { s.Ratings[0].Color = "#gg7d32" }, claims.EINVALID},
		{"ErrColorEmpty", func(s *claims.RatingScale) { s.Ratings[0].Color = "" }, claims.EINVALID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := validScale()
			tc.edit(s)
			if got, want := claims.ErrorCode(s.Validate()), tc.want; got != want {
				t.Fatalf("Validate code = %q, want %q", got, want)
			}
		})
	}
}

func TestPresetScales(t *testing.T) {
	presets := claims.PresetScales()
	t.Run("Valid", func(t *testing.T) {
		ratingIDs := map[string]bool{}
		for _, s := range presets {
			if err := s.Validate(); err != nil {
				t.Fatalf("preset %s: %v", s.ID, err)
			}
			if !s.Preset {
				t.Fatalf("preset %s: Preset = false", s.ID)
			}
			for i, r := range s.Ratings {
				if ratingIDs[r.ID] {
					t.Fatalf("rating ID %q used twice", r.ID)
				}
				ratingIDs[r.ID] = true
				if r.ScaleID != s.ID || r.LabelEN == "" || r.LabelDE == "" {
					t.Fatalf("rating %+v: want ScaleID %q and both labels", r, s.ID)
				}
				if i > 0 && r.Ordinal >= s.Ratings[i-1].Ordinal {
					t.Fatalf("scale %s: rating %q not below %q, want best first", s.ID, r.ID, s.Ratings[i-1].ID)
				}
			}
		}
	})
	t.Run("Labels", func(t *testing.T) {
		for _, tc := range []struct {
			id, lang string
			want     []string
		}{
			{claims.ScalePolitiFact, "en", []string{"True", "Mostly true", "Half true", "Mostly false", "False", "Pants on fire"}},
			{claims.ScaleCorrectiv, "de", []string{"Richtig", "Größtenteils richtig", "Unbelegt", "Teilweise falsch",
				"Fehlender Kontext", "Manipuliert", "Größtenteils falsch", "Falsch"}},
			{claims.ScaleFreeText, "en", nil},
		} {
			i := slices.IndexFunc(presets, func(s *claims.RatingScale) bool { return s.ID == tc.id })
			if i < 0 {
				t.Fatalf("preset %s missing", tc.id)
			}
			var got []string
			for _, r := range presets[i].Ratings {
				got = append(got, r.Label(tc.lang))
			}
			if !slices.Equal(got, tc.want) {
				t.Fatalf("%s labels = %q, want %q", tc.id, got, tc.want)
			}
			if got, want := presets[i].FreeText, tc.want == nil; got != want {
				t.Fatalf("%s FreeText = %v, want %v", tc.id, got, want)
			}
		}
	})
	t.Run("FreshCopies", func(t *testing.T) {
		a := claims.PresetScales()
		a[0].Ratings[0].LabelEN = "changed"
		if got, want := claims.PresetScales()[0].Ratings[0].LabelEN, "True"; got != want {
			t.Fatalf("LabelEN after editing a copy = %q, want %q", got, want)
		}
	})
}

func TestRatingScaleLookups(t *testing.T) {
	s := claims.PresetScales()[0]
	t.Run("Rating", func(t *testing.T) {
		r := s.Rating("politifact:half-true")
		if r == nil || r.LabelEN != "Half true" {
			t.Fatalf("Rating = %+v, want Half true", r)
		}
		if r := s.Rating("correctiv:falsch"); r != nil {
			t.Fatalf("Rating of another scale = %+v, want nil", r)
		}
	})
	t.Run("Bounds", func(t *testing.T) {
		worst, best := s.Bounds()
		if worst != 1 || best != 6 {
			t.Fatalf("Bounds = %d, %d, want 1, 6", worst, best)
		}
	})
	t.Run("Label", func(t *testing.T) {
		for _, tc := range []struct {
			r    claims.Rating
			lang string
			want string
		}{
			{claims.Rating{LabelEN: "False", LabelDE: "Falsch"}, "de", "Falsch"},
			{claims.Rating{LabelEN: "False", LabelDE: "Falsch"}, "en", "False"},
			{claims.Rating{LabelEN: "False"}, "de", "False"},
			{claims.Rating{LabelDE: "Falsch"}, "en", "Falsch"},
		} {
			if got := tc.r.Label(tc.lang); got != tc.want {
				t.Fatalf("Label(%q) of %+v = %q, want %q", tc.lang, tc.r, got, tc.want)
			}
		}
	})
}
