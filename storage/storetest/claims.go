package storetest

import (
	"context"
	"slices"
	"testing"
	"time"

	"claimdesk/claims"
)

// testClaims checks CreateClaim, CreateClaims, FindClaimByID, UpdateClaim
// and DeleteClaim, with their errors.
func testClaims(t *testing.T, open Opener) {
	ctx := context.Background()

	t.Run("CreateClaim", func(t *testing.T) {
		t.Run("OK", func(t *testing.T) {
			s := open(t)
			a := mustArticle(t, s, "Mieten", "de", bodyDE)
			quote := "Die Mieten sind seit 2020 um 40 Prozent gestiegen."
			day := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
			c := &claims.Claim{ArticleID: a.ID, Text: quote, Anchor: anchorOf(t, a.Body, quote),
				Claimant: "Stadtverwaltung", ClaimDate: day, Tags: []string{"#Wohnen", " wohnen ", "Mieten"},
				Score: 0.8, Kinds: []string{"statistic"}, Reasons: []string{"Zahl mit Prozent"}}
			noErr(t, s.Claims.CreateClaim(ctxAs(actorAnna), c), "CreateClaim")
			if c.ID == "" || c.CreatedAt.IsZero() || c.UpdatedAt.IsZero() {
				t.Fatalf("ID or timestamps not set: %+v", c)
			}
			got, err := s.Claims.FindClaimByID(ctx, c.ID)
			noErr(t, err, "FindClaimByID")
			if got, want := got.Status, claims.StatusNew; got != want {
				t.Fatalf("Status = %q, want %q", got, want)
			}
			if got.Text != quote || got.ArticleID != a.ID || got.Claimant != "Stadtverwaltung" || got.Detached {
				t.Fatalf("stored claim = %+v", got)
			}
			if !got.ClaimDate.Equal(day) {
				t.Fatalf("ClaimDate = %v, want %v", got.ClaimDate, day)
			}
			if got.Anchor == nil || *got.Anchor != *c.Anchor {
				t.Fatalf("Anchor = %+v, want %+v", got.Anchor, c.Anchor)
			}
			if got, want := got.Tags, []string{"wohnen", "mieten"}; !slices.Equal(got, want) {
				t.Fatalf("Tags = %q, want normalised %q", got, want)
			}
			if got.Score != 0.8 || !slices.Equal(got.Kinds, c.Kinds) || !slices.Equal(got.Reasons, c.Reasons) {
				t.Fatalf("extraction fields = %v %q %q, want %v %q %q", got.Score, got.Kinds, got.Reasons, c.Score, c.Kinds, c.Reasons)
			}
			if got.CreatedBy != actorAnna || got.UpdatedBy != actorAnna {
				t.Fatalf("CreatedBy, UpdatedBy = %q, %q, want %q", got.CreatedBy, got.UpdatedBy, actorAnna)
			}
			if !got.CreatedAt.Equal(c.CreatedAt) || !got.UpdatedAt.Equal(c.UpdatedAt) {
				t.Fatalf("stored CreatedAt, UpdatedAt = %v, %v; CreateClaim set %v, %v", got.CreatedAt, got.UpdatedAt, c.CreatedAt, c.UpdatedAt)
			}
			created := eventsFor(history(t, s, c.ID), claims.FieldCreated)
			if got, want := len(created), 1; got != want {
				t.Fatalf("%d created events, want %d", got, want)
			}
			if got, want := created[0].Actor, actorAnna; got != want {
				t.Fatalf("created event actor = %q, want %q", got, want)
			}
		})
		t.Run("OKWithoutArticle", func(t *testing.T) {
			s := open(t)
			c := mustClaim(t, s, &claims.Claim{Text: "Windräder töten jährlich Millionen Vögel.", Status: claims.StatusResearching, RatingID: "politifact:false"})
			got, err := s.Claims.FindClaimByID(ctx, c.ID)
			noErr(t, err, "FindClaimByID")
			if got.ArticleID != "" || got.Status != claims.StatusResearching || got.RatingID != "politifact:false" {
				t.Fatalf("stored claim = %+v", got)
			}
			if !got.ClaimDate.IsZero() || got.Anchor != nil || len(got.Tags) != 0 {
				t.Fatalf("unset fields came back set: ClaimDate %v, Anchor %+v, Tags %q", got.ClaimDate, got.Anchor, got.Tags)
			}
		})
		t.Run("OKUnicode", func(t *testing.T) {
			s := open(t)
			text := "Ärzte „warnen“ vor 5G 🙂 – café vs. café, 10 % mehr, Straße	tab"
			c := mustClaim(t, s, &claims.Claim{Text: text, Claimant: "Dr. Öztürk", Tags: []string{"Gesundheit"}})
			got, err := s.Claims.FindClaimByID(ctx, c.ID)
			noErr(t, err, "FindClaimByID")
			if got.Text != text || got.Claimant != "Dr. Öztürk" {
				t.Fatalf("stored Text, Claimant = %q, %q; want %q, %q", got.Text, got.Claimant, text, "Dr. Öztürk")
			}
		})
		t.Run("ErrTextRequired", func(t *testing.T) {
			s := open(t)
			wantCode(t, s.Claims.CreateClaim(ctx, &claims.Claim{Text: "  "}), claims.EINVALID)
		})
		t.Run("ErrStatusInvalid", func(t *testing.T) {
			s := open(t)
			wantCode(t, s.Claims.CreateClaim(ctx, &claims.Claim{Text: "x", Status: "done"}), claims.EINVALID)
		})
		t.Run("ErrRatingAndConclusion", func(t *testing.T) {
			s := open(t)
			c := &claims.Claim{Text: "x", RatingID: "politifact:true", Conclusion: "Stimmt."}
			wantCode(t, s.Claims.CreateClaim(ctx, c), claims.EINVALID)
		})
		t.Run("ErrScoreInvalid", func(t *testing.T) {
			s := open(t)
			wantCode(t, s.Claims.CreateClaim(ctx, &claims.Claim{Text: "x", Score: 1.5}), claims.EINVALID)
		})
		t.Run("ErrAnchorWithoutArticle", func(t *testing.T) {
			s := open(t)
			c := &claims.Claim{Text: "x", Anchor: &claims.Anchor{Start: 0, End: 1, Exact: "x"}}
			wantCode(t, s.Claims.CreateClaim(ctx, c), claims.EINVALID)
		})
		t.Run("ErrArticleNotFound", func(t *testing.T) {
			s := open(t)
			wantCode(t, s.Claims.CreateClaim(ctx, &claims.Claim{Text: "x", ArticleID: "no-such-article"}), claims.ENOTFOUND)
		})
		t.Run("ErrRatingNotFound", func(t *testing.T) {
			s := open(t)
			wantCode(t, s.Claims.CreateClaim(ctx, &claims.Claim{Text: "x", RatingID: "politifact:no-such"}), claims.ENOTFOUND)
		})
	})

	t.Run("CreateClaims", func(t *testing.T) {
		t.Run("OK", func(t *testing.T) {
			s := open(t)
			a := mustArticle(t, s, "Arbeit", "en", bodyEN)
			cs := []*claims.Claim{
				{ArticleID: a.ID, Text: "Unemployment fell to 3 percent.", Anchor: anchorOf(t, a.Body, "unemployment fell to 3 percent")},
				{ArticleID: a.ID, Text: "The figure ignores part-time work.", Tags: []string{"Arbeit", "ARBEIT"}},
				{Text: "Die Zahl ist falsch."},
			}
			noErr(t, s.Claims.CreateClaims(ctxAs(actorAnna), cs), "CreateClaims")
			for _, c := range cs {
				got, err := s.Claims.FindClaimByID(ctx, c.ID)
				noErr(t, err, "FindClaimByID")
				if got, want := got.Text, c.Text; got != want {
					t.Fatalf("Text = %q, want %q", got, want)
				}
				if got, want := len(eventsFor(history(t, s, c.ID), claims.FieldCreated)), 1; got != want {
					t.Fatalf("%d created events, want %d", got, want)
				}
			}
			got, err := s.Claims.FindClaimByID(ctx, cs[1].ID)
			noErr(t, err, "FindClaimByID")
			if got, want := got.Tags, []string{"arbeit"}; !slices.Equal(got, want) {
				t.Fatalf("Tags = %q, want %q", got, want)
			}
		})
		t.Run("ErrTextRequired", func(t *testing.T) {
			s := open(t)
			cs := []*claims.Claim{{Text: "Gültig."}, {Text: ""}, {Text: "Auch gültig."}}
			wantCode(t, s.Claims.CreateClaims(ctx, cs), claims.EINVALID)
			wantNoClaims(t, s)
		})
		t.Run("ErrArticleNotFound", func(t *testing.T) {
			s := open(t)
			cs := []*claims.Claim{{Text: "Gültig."}, {Text: "Verwaist.", ArticleID: "no-such-article"}}
			wantCode(t, s.Claims.CreateClaims(ctx, cs), claims.ENOTFOUND)
			wantNoClaims(t, s)
		})
	})

	t.Run("FindClaimByID", func(t *testing.T) {
		t.Run("OK", func(t *testing.T) {
			s := open(t)
			c := mustClaim(t, s, &claims.Claim{Text: "Die Inflation liegt bei 2 Prozent."})
			got, err := s.Claims.FindClaimByID(ctx, c.ID)
			noErr(t, err, "FindClaimByID")
			if got, want := got.ID, c.ID; got != want {
				t.Fatalf("ID = %q, want %q", got, want)
			}
		})
		t.Run("ErrNotFound", func(t *testing.T) {
			s := open(t)
			_, err := s.Claims.FindClaimByID(ctx, "no-such-claim")
			wantCode(t, err, claims.ENOTFOUND)
		})
	})

	t.Run("UpdateClaim", func(t *testing.T) { testUpdateClaim(t, open) })

	t.Run("DeleteClaim", func(t *testing.T) {
		t.Run("OK", func(t *testing.T) {
			s := open(t)
			c := mustClaim(t, s, &claims.Claim{Text: "Die Inflation liegt bei 2 Prozent."})
			src := mustSource(t, s, "destatis")
			e := mustEvidence(t, s, c.ID, src.ID, claims.StanceRefutes, "Inflationsrate 2,4 %")
			noErr(t, s.Claims.DeleteClaim(ctxAs(actorBen), c.ID), "DeleteClaim")
			_, err := s.Claims.FindClaimByID(ctx, c.ID)
			wantCode(t, err, claims.ENOTFOUND)
			_, err = s.Evidence.FindEvidenceByID(ctx, e.ID)
			wantCode(t, err, claims.ENOTFOUND)
			_, err = s.Sources.FindSourceByID(ctx, src.ID)
			noErr(t, err, "source of deleted evidence")
			evs := history(t, s, c.ID)
			if got, want := len(eventsFor(evs, claims.FieldCreated)), 1; got != want {
				t.Fatalf("%d created events after delete, want %d", got, want)
			}
			del := eventsFor(evs, claims.FieldDeleted)
			if got, want := len(del), 1; got != want {
				t.Fatalf("%d deleted events, want %d", got, want)
			}
			if got, want := del[0].Actor, actorBen; got != want {
				t.Fatalf("deleted event actor = %q, want %q", got, want)
			}
		})
		t.Run("ErrNotFound", func(t *testing.T) {
			s := open(t)
			wantCode(t, s.Claims.DeleteClaim(ctx, "no-such-claim"), claims.ENOTFOUND)
		})
	})
}

// wantNoClaims fails unless the backend holds no claims.
func wantNoClaims(t *testing.T, s claims.Services) {
	t.Helper()
	cs, total, err := s.Claims.FindClaims(context.Background(), claims.ClaimFilter{})
	noErr(t, err, "FindClaims")
	if len(cs) != 0 || total != 0 {
		t.Fatalf("%d claims stored (total %d) after a refused batch, want none", len(cs), total)
	}
}
