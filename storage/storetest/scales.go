package storetest

import (
	"context"
	"slices"
	"testing"

	"claimdesk/claims"
)

// customScale returns a small scale of the newsroom's own.
func customScale() *claims.RatingScale {
	return &claims.RatingScale{ID: "haus", Name: "Hausskala", Ratings: []claims.Rating{
		{ID: "haus:stimmt", ScaleID: "haus", LabelEN: "Correct", LabelDE: "Stimmt", Color: "#2e7d32", Ordinal: 3, Final: true},
		{ID: "haus:unklar", ScaleID: "haus", LabelEN: "Unclear", LabelDE: "Unklar", Color: "#757575", Ordinal: 2},
		{ID: "haus:falsch", ScaleID: "haus", LabelEN: "Wrong", LabelDE: "Falsch", Color: "#c62828", Ordinal: 1, Final: true},
	}}
}

// ratingIDs returns the IDs of the scale's ratings, in order.
func ratingIDs(s *claims.RatingScale) []string {
	var ids []string
	for _, r := range s.Ratings {
		ids = append(ids, r.ID)
	}
	return ids
}

// testScales checks FindScales, FindScaleByID, FindRatingByID, SaveScale,
// DeleteScale, ActiveScale and SetActiveScale, with their errors.
func testScales(t *testing.T, open Opener) {
	ctx := context.Background()

	t.Run("FindScales", func(t *testing.T) {
		s := open(t)
		noErr(t, s.Scales.SaveScale(ctx, customScale()), "SaveScale")
		got, err := s.Scales.FindScales(ctx)
		noErr(t, err, "FindScales")
		presets := claims.PresetScales()
		if got, want := len(got), len(presets)+1; got != want {
			t.Fatalf("%d scales, want %d", got, want)
		}
		byID := map[string]*claims.RatingScale{}
		for i, sc := range got {
			if i < len(presets) && !sc.Preset {
				t.Fatalf("scale %d = %s is no preset, want the presets first", i, sc.ID)
			}
			byID[sc.ID] = sc
		}
		for _, p := range presets {
			sc := byID[p.ID]
			if sc == nil {
				t.Fatalf("preset %s missing", p.ID)
			}
			if sc.FreeText != p.FreeText || !slices.Equal(ratingIDs(sc), ratingIDs(p)) {
				t.Fatalf("preset %s = free text %v, ratings %q; want %v, %q", p.ID, sc.FreeText, ratingIDs(sc), p.FreeText, ratingIDs(p))
			}
		}
		if last := got[len(got)-1]; last.ID != "haus" || last.Preset {
			t.Fatalf("last scale = %s (preset %v), want the custom scale after the presets", last.ID, last.Preset)
		}
	})

	t.Run("FindScaleByID", func(t *testing.T) {
		t.Run("OK", func(t *testing.T) {
			s := open(t)
			got, err := s.Scales.FindScaleByID(ctx, claims.ScaleCorrectiv)
			noErr(t, err, "FindScaleByID")
			want := claims.PresetScales()[1]
			if len(got.Ratings) != len(want.Ratings) {
				t.Fatalf("%d ratings, want %d", len(got.Ratings), len(want.Ratings))
			}
			for i := range want.Ratings {
				if got.Ratings[i] != want.Ratings[i] {
					t.Fatalf("rating %d = %+v, want %+v", i, got.Ratings[i], want.Ratings[i])
				}
			}
		})
		t.Run("ErrNotFound", func(t *testing.T) {
			s := open(t)
			_, err := s.Scales.FindScaleByID(ctx, "no-such-scale")
			wantCode(t, err, claims.ENOTFOUND)
		})
	})

	t.Run("FindRatingByID", func(t *testing.T) {
		t.Run("OK", func(t *testing.T) {
			s := open(t)
			got, err := s.Scales.FindRatingByID(ctx, "politifact:half-true")
			noErr(t, err, "FindRatingByID")
			if got.ScaleID != claims.ScalePolitiFact || got.LabelEN != "Half true" || got.LabelDE != "Halb wahr" || got.Ordinal != 4 || got.Color != "#f9a825" {
				t.Fatalf("rating = %+v", got)
			}
		})
		t.Run("ErrNotFound", func(t *testing.T) {
			s := open(t)
			_, err := s.Scales.FindRatingByID(ctx, "politifact:no-such")
			wantCode(t, err, claims.ENOTFOUND)
		})
	})

	t.Run("SaveScale", func(t *testing.T) {
		t.Run("OK", func(t *testing.T) {
			s := open(t)
			noErr(t, s.Scales.SaveScale(ctx, customScale()), "SaveScale")
			got, err := s.Scales.FindScaleByID(ctx, "haus")
			noErr(t, err, "FindScaleByID")
			if got.Name != "Hausskala" || got.Preset || !slices.Equal(ratingIDs(got), ratingIDs(customScale())) {
				t.Fatalf("stored scale = %+v", got)
			}
			if got, want := got.Ratings[1], customScale().Ratings[1]; got != want {
				t.Fatalf("rating = %+v, want %+v", got, want)
			}
			r, err := s.Scales.FindRatingByID(ctx, "haus:falsch")
			noErr(t, err, "FindRatingByID")
			if got, want := r.LabelDE, "Falsch"; got != want {
				t.Fatalf("LabelDE = %q, want %q", got, want)
			}
		})
		t.Run("OKReplace", func(t *testing.T) {
			s := open(t)
			noErr(t, s.Scales.SaveScale(ctx, customScale()), "SaveScale")
			mustClaim(t, s, &claims.Claim{Text: "Die Brücke ist marode.", RatingID: "haus:stimmt"})
			sc := customScale()
			sc.Name = "Hausskala 2"
			sc.Ratings = []claims.Rating{sc.Ratings[0], sc.Ratings[2]} // drop the unused "unklar"
			sc.Ratings[0].LabelDE = "Richtig"
			sc.Ratings[1].Color = "#b71c1c"
			noErr(t, s.Scales.SaveScale(ctx, sc), "SaveScale replace")
			got, err := s.Scales.FindScaleByID(ctx, "haus")
			noErr(t, err, "FindScaleByID")
			if got.Name != "Hausskala 2" || !slices.Equal(ratingIDs(got), []string{"haus:stimmt", "haus:falsch"}) ||
				got.Ratings[0].LabelDE != "Richtig" || got.Ratings[1].Color != "#b71c1c" {
				t.Fatalf("replaced scale = %+v", got)
			}
			_, err = s.Scales.FindRatingByID(ctx, "haus:unklar")
			wantCode(t, err, claims.ENOTFOUND)
		})
		t.Run("ErrRatingsRequired", func(t *testing.T) {
			s := open(t)
			wantCode(t, s.Scales.SaveScale(ctx, &claims.RatingScale{ID: "leer", Name: "Leer"}), claims.EINVALID)
		})
		t.Run("ErrColorInvalid", func(t *testing.T) {
			s := open(t)
			sc := customScale()
			sc.Ratings[0].Color = "green"
			wantCode(t, s.Scales.SaveScale(ctx, sc), claims.EINVALID)
			_, err := s.Scales.FindScaleByID(ctx, "haus")
			wantCode(t, err, claims.ENOTFOUND)
		})
		t.Run("ErrConflictRatingOfOtherScale", func(t *testing.T) {
			s := open(t)
			sc := customScale()
			sc.Ratings[0].ID = "politifact:true"
			wantCode(t, s.Scales.SaveScale(ctx, sc), claims.ECONFLICT)
			r, err := s.Scales.FindRatingByID(ctx, "politifact:true")
			noErr(t, err, "FindRatingByID")
			if got, want := r.ScaleID, claims.ScalePolitiFact; got != want {
				t.Fatalf("ScaleID of politifact:true = %q, want %q", got, want)
			}
		})
		t.Run("ErrConflict", func(t *testing.T) {
			s := open(t)
			noErr(t, s.Scales.SaveScale(ctx, customScale()), "SaveScale")
			mustClaim(t, s, &claims.Claim{Text: "Die Brücke ist marode.", RatingID: "haus:unklar"})
			sc := customScale()
			sc.Ratings = sc.Ratings[:1]
			wantCode(t, s.Scales.SaveScale(ctx, sc), claims.ECONFLICT)
			got, err := s.Scales.FindScaleByID(ctx, "haus")
			noErr(t, err, "FindScaleByID")
			if got, want := len(got.Ratings), 3; got != want {
				t.Fatalf("%d ratings after a refused save, want %d", got, want)
			}
		})
	})

	t.Run("DeleteScale", func(t *testing.T) {
		t.Run("OK", func(t *testing.T) {
			s := open(t)
			noErr(t, s.Scales.SaveScale(ctx, customScale()), "SaveScale")
			noErr(t, s.Scales.DeleteScale(ctx, "haus"), "DeleteScale")
			_, err := s.Scales.FindScaleByID(ctx, "haus")
			wantCode(t, err, claims.ENOTFOUND)
			_, err = s.Scales.FindRatingByID(ctx, "haus:stimmt")
			wantCode(t, err, claims.ENOTFOUND)
		})
		t.Run("ErrNotFound", func(t *testing.T) {
			s := open(t)
			wantCode(t, s.Scales.DeleteScale(ctx, "no-such-scale"), claims.ENOTFOUND)
		})
		t.Run("ErrConflictActive", func(t *testing.T) {
			s := open(t)
			noErr(t, s.Scales.SaveScale(ctx, customScale()), "SaveScale")
			noErr(t, s.Scales.SetActiveScale(ctx, "haus"), "SetActiveScale")
			wantCode(t, s.Scales.DeleteScale(ctx, "haus"), claims.ECONFLICT)
			_, err := s.Scales.FindScaleByID(ctx, "haus")
			noErr(t, err, "scale after a refused delete")
		})
		t.Run("ErrConflictUsed", func(t *testing.T) {
			s := open(t)
			noErr(t, s.Scales.SaveScale(ctx, customScale()), "SaveScale")
			mustClaim(t, s, &claims.Claim{Text: "Die Brücke ist marode.", RatingID: "haus:falsch"})
			wantCode(t, s.Scales.DeleteScale(ctx, "haus"), claims.ECONFLICT)
			_, err := s.Scales.FindRatingByID(ctx, "haus:falsch")
			noErr(t, err, "rating after a refused delete")
		})
	})

	t.Run("ActiveScale", func(t *testing.T) {
		s := open(t)
		got, err := s.Scales.ActiveScale(ctx)
		noErr(t, err, "ActiveScale")
		if _, err := s.Scales.FindScaleByID(ctx, got.ID); err != nil {
			t.Fatalf("active scale %q not found: %v", got.ID, err)
		}
		if !got.Preset {
			t.Fatalf("active scale of a new database = %q, want a preset", got.ID)
		}
	})

	t.Run("SetActiveScale", func(t *testing.T) {
		t.Run("OK", func(t *testing.T) {
			s := open(t)
			for _, id := range []string{claims.ScaleCorrectiv, claims.ScaleFreeText, claims.ScalePolitiFact} {
				noErr(t, s.Scales.SetActiveScale(ctx, id), "SetActiveScale")
				got, err := s.Scales.ActiveScale(ctx)
				noErr(t, err, "ActiveScale")
				if got.ID != id {
					t.Fatalf("active scale = %q, want %q", got.ID, id)
				}
			}
		})
		t.Run("ErrNotFound", func(t *testing.T) {
			s := open(t)
			before, err := s.Scales.ActiveScale(ctx)
			noErr(t, err, "ActiveScale")
			wantCode(t, s.Scales.SetActiveScale(ctx, "no-such-scale"), claims.ENOTFOUND)
			after, err := s.Scales.ActiveScale(ctx)
			noErr(t, err, "ActiveScale")
			if got, want := after.ID, before.ID; got != want {
				t.Fatalf("active scale after a refused change = %q, want %q", got, want)
			}
		})
	})
}
