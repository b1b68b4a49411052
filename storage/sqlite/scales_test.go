package sqlite_test

import (
	"testing"

	"claimdesk/claims"
)

func TestScales(t *testing.T) {
	s := MustOpenDB(t).Services()
	scales, err := s.Scales.FindScales(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(scales) != 3 || scales[0].ID != claims.ScalePolitiFact || len(scales[1].Ratings) != 8 || !scales[2].FreeText {
		t.Fatalf("presets = %+v", scales)
	}
	act, err := s.Scales.ActiveScale(ctx)
	if err != nil || act.ID != claims.ScalePolitiFact {
		t.Fatalf("active = %+v, %v", act, err)
	}
	c := &claims.Claim{Text: "Falsch zitiert.", RatingID: "correctiv:falsch"}
	if err := s.Claims.CreateClaim(ctx, c); err != nil {
		t.Fatal(err)
	}

	t.Run("EditPreset", func(t *testing.T) {
		sc, _ := s.Scales.FindScaleByID(ctx, claims.ScaleCorrectiv)
		sc.Ratings[0].LabelDE = "Korrekt"
		sc.Ratings[0].Color = "#00aa00"
		if err := s.Scales.SaveScale(ctx, sc); err != nil {
			t.Fatal(err)
		}
		r, err := s.Scales.FindRatingByID(ctx, "correctiv:richtig")
		if err != nil || r.LabelDE != "Korrekt" || r.Color != "#00aa00" {
			t.Fatalf("rating = %+v, %v", r, err)
		}
		got, _ := s.Scales.FindScaleByID(ctx, claims.ScaleCorrectiv)
		if !got.Preset {
			t.Fatal("an edited preset stopped being a preset")
		}
	})
	t.Run("ErrRemoveUsedRating", func(t *testing.T) {
		sc, _ := s.Scales.FindScaleByID(ctx, claims.ScaleCorrectiv)
		sc.Ratings = sc.Ratings[:len(sc.Ratings)-1] // drops "falsch", used by c
		if err := s.Scales.SaveScale(ctx, sc); code(err) != claims.ECONFLICT {
			t.Fatalf("SaveScale = %v", err)
		}
		if _, err := s.Scales.FindRatingByID(ctx, "correctiv:falsch"); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("Reorder", func(t *testing.T) {
		sc, _ := s.Scales.FindScaleByID(ctx, claims.ScalePolitiFact)
		sc.Ratings[0], sc.Ratings[1] = sc.Ratings[1], sc.Ratings[0]
		if err := s.Scales.SaveScale(ctx, sc); err != nil {
			t.Fatal(err)
		}
		got, _ := s.Scales.FindScaleByID(ctx, claims.ScalePolitiFact)
		if got.Ratings[0].ID != "politifact:mostly-true" {
			t.Fatalf("order = %v", got.Ratings)
		}
	})
	t.Run("ErrDeleteActive", func(t *testing.T) {
		if err := s.Scales.DeleteScale(ctx, claims.ScalePolitiFact); code(err) != claims.ECONFLICT {
			t.Fatal(err)
		}
	})
	t.Run("ErrDeleteUsed", func(t *testing.T) {
		if err := s.Scales.DeleteScale(ctx, claims.ScaleCorrectiv); code(err) != claims.ECONFLICT {
			t.Fatal(err)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		bad := &claims.RatingScale{ID: "x", Name: "X", Ratings: []claims.Rating{{ID: "x:a", LabelEN: "A", Color: "red"}}}
		if err := s.Scales.SaveScale(ctx, bad); code(err) != claims.EINVALID {
			t.Fatal(err)
		}
	})
	t.Run("ErrRatingOfOtherScale", func(t *testing.T) {
		steal := &claims.RatingScale{ID: "mine", Name: "Mine", Ratings: []claims.Rating{{ID: "politifact:true", LabelEN: "T", Color: "#ffffff"}}}
		if err := s.Scales.SaveScale(ctx, steal); code(err) != claims.ECONFLICT {
			t.Fatal(err)
		}
	})
	t.Run("DeleteCustom", func(t *testing.T) {
		own := &claims.RatingScale{ID: "haus", Name: "Haus", Ratings: []claims.Rating{{ID: "haus:ok", LabelDE: "OK", Color: "#112233"}}}
		if err := s.Scales.SaveScale(ctx, own); err != nil {
			t.Fatal(err)
		}
		if err := s.Scales.SetActiveScale(ctx, "haus"); err != nil {
			t.Fatal(err)
		}
		if err := s.Scales.SetActiveScale(ctx, claims.ScaleFreeText); err != nil {
			t.Fatal(err)
		}
		if err := s.Scales.DeleteScale(ctx, "haus"); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Scales.FindRatingByID(ctx, "haus:ok"); code(err) != claims.ENOTFOUND {
			t.Fatal(err)
		}
		if err := s.Scales.SetActiveScale(ctx, "haus"); code(err) != claims.ENOTFOUND {
			t.Fatal(err)
		}
	})
}
