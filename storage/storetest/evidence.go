package storetest

import (
	"context"
	"slices"
	"testing"

	"claimdesk/claims"
)

// testEvidence checks CreateEvidence, FindEvidenceByID, FindEvidence,
// UpdateEvidence and DeleteEvidence, with their errors.
func testEvidence(t *testing.T, open Opener) {
	ctx := context.Background()

	t.Run("CreateEvidence", func(t *testing.T) {
		t.Run("OK", func(t *testing.T) {
			s := open(t)
			c := mustClaim(t, s, &claims.Claim{Text: "Die Mieten stiegen um 40 Prozent."})
			src := mustSource(t, s, "mietspiegel")
			e := &claims.Evidence{ClaimID: c.ID, SourceID: src.ID, Stance: claims.StanceRefutes,
				Excerpt: "Die Mieten stiegen um 25 Prozent.", Note: "Tabelle 2"}
			noErr(t, s.Evidence.CreateEvidence(ctxAs(actorAnna), e), "CreateEvidence")
			if e.ID == "" || e.CreatedAt.IsZero() {
				t.Fatalf("ID or CreatedAt not set: %+v", e)
			}
			got, err := s.Evidence.FindEvidenceByID(ctx, e.ID)
			noErr(t, err, "FindEvidenceByID")
			if got.ClaimID != c.ID || got.SourceID != src.ID || got.Stance != claims.StanceRefutes || got.Excerpt != e.Excerpt || got.Note != e.Note {
				t.Fatalf("stored evidence = %+v, want %+v", got, e)
			}
			if got, want := got.CreatedBy, actorAnna; got != want {
				t.Fatalf("CreatedBy = %q, want %q", got, want)
			}
			evs := eventsFor(history(t, s, c.ID), claims.FieldEvidence)
			if len(evs) != 1 || evs[0].New == "" || evs[0].Actor != actorAnna {
				t.Fatalf("evidence events = %s, want one by %q with a summary in New", describe(evs), actorAnna)
			}
		})
		t.Run("ErrStanceInvalid", func(t *testing.T) {
			s := open(t)
			c := mustClaim(t, s, &claims.Claim{Text: "x"})
			src := mustSource(t, s, "y")
			wantCode(t, s.Evidence.CreateEvidence(ctx, &claims.Evidence{ClaimID: c.ID, SourceID: src.ID, Stance: "maybe"}), claims.EINVALID)
		})
		t.Run("ErrClaimRequired", func(t *testing.T) {
			s := open(t)
			src := mustSource(t, s, "y")
			wantCode(t, s.Evidence.CreateEvidence(ctx, &claims.Evidence{SourceID: src.ID, Stance: claims.StanceContext}), claims.EINVALID)
		})
		t.Run("ErrClaimNotFound", func(t *testing.T) {
			s := open(t)
			src := mustSource(t, s, "y")
			e := &claims.Evidence{ClaimID: "no-such-claim", SourceID: src.ID, Stance: claims.StanceContext}
			wantCode(t, s.Evidence.CreateEvidence(ctx, e), claims.ENOTFOUND)
		})
		t.Run("ErrSourceNotFound", func(t *testing.T) {
			s := open(t)
			c := mustClaim(t, s, &claims.Claim{Text: "x"})
			e := &claims.Evidence{ClaimID: c.ID, SourceID: "no-such-source", Stance: claims.StanceContext}
			wantCode(t, s.Evidence.CreateEvidence(ctx, e), claims.ENOTFOUND)
		})
	})

	t.Run("FindEvidenceByID", func(t *testing.T) {
		t.Run("OK", func(t *testing.T) {
			s := open(t)
			c := mustClaim(t, s, &claims.Claim{Text: "x"})
			e := mustEvidence(t, s, c.ID, mustSource(t, s, "y").ID, claims.StanceContext, "Hintergrund")
			got, err := s.Evidence.FindEvidenceByID(ctx, e.ID)
			noErr(t, err, "FindEvidenceByID")
			if got, want := got.Excerpt, "Hintergrund"; got != want {
				t.Fatalf("Excerpt = %q, want %q", got, want)
			}
		})
		t.Run("ErrNotFound", func(t *testing.T) {
			s := open(t)
			_, err := s.Evidence.FindEvidenceByID(ctx, "no-such-evidence")
			wantCode(t, err, claims.ENOTFOUND)
		})
	})

	t.Run("FindEvidence", func(t *testing.T) {
		s := open(t)
		c1 := mustClaim(t, s, &claims.Claim{Text: "Eins."})
		c2 := mustClaim(t, s, &claims.Claim{Text: "Zwei."})
		s1 := mustSource(t, s, "s1")
		s2 := mustSource(t, s, "s2")
		e1 := mustEvidence(t, s, c1.ID, s1.ID, claims.StanceSupports, "")
		e2 := mustEvidence(t, s, c1.ID, s2.ID, claims.StanceRefutes, "")
		e3 := mustEvidence(t, s, c2.ID, s1.ID, claims.StanceRefutes, "")
		for _, tc := range []struct {
			name string
			f    claims.EvidenceFilter
			want []string
		}{
			{"All", claims.EvidenceFilter{}, []string{e1.ID, e2.ID, e3.ID}},
			{"ID", claims.EvidenceFilter{ID: &e2.ID}, []string{e2.ID}},
			{"Claim", claims.EvidenceFilter{ClaimID: &c1.ID}, []string{e1.ID, e2.ID}},
			{"Source", claims.EvidenceFilter{SourceID: &s1.ID}, []string{e1.ID, e3.ID}},
			{"Stance", claims.EvidenceFilter{Stance: ptr(claims.StanceRefutes)}, []string{e2.ID, e3.ID}},
			{"None", claims.EvidenceFilter{Stance: ptr(claims.StanceContext)}, nil},
		} {
			t.Run(tc.name, func(t *testing.T) {
				got, err := s.Evidence.FindEvidence(ctx, tc.f)
				noErr(t, err, "FindEvidence")
				var ids []string
				for _, e := range got {
					ids = append(ids, e.ID)
				}
				if !slices.Equal(ids, tc.want) {
					t.Fatalf("evidence = %q, want %q, oldest first", ids, tc.want)
				}
			})
		}
	})

	t.Run("UpdateEvidence", func(t *testing.T) {
		t.Run("OK", func(t *testing.T) {
			s := open(t)
			c := mustClaim(t, s, &claims.Claim{Text: "x"})
			e := mustEvidence(t, s, c.ID, mustSource(t, s, "y").ID, claims.StanceSupports, "alt")
			got, err := s.Evidence.UpdateEvidence(ctxAs(actorBen), e.ID, claims.EvidenceUpdate{
				Stance: ptr(claims.StanceRefutes), Excerpt: ptr("neu"), Note: ptr("Notiz")})
			noErr(t, err, "UpdateEvidence")
			stored, err := s.Evidence.FindEvidenceByID(ctx, e.ID)
			noErr(t, err, "FindEvidenceByID")
			for _, g := range []*claims.Evidence{got, stored} {
				if g.Stance != claims.StanceRefutes || g.Excerpt != "neu" || g.Note != "Notiz" {
					t.Fatalf("updated evidence = %+v", g)
				}
			}
			evs := eventsFor(history(t, s, c.ID), claims.FieldEvidence)
			if len(evs) != 2 || evs[1].Actor != actorBen || evs[1].Old == evs[1].New || evs[1].Old == "" {
				t.Fatalf("evidence events = %s, want a second one by %q with old and new summary", describe(evs), actorBen)
			}
		})
		t.Run("ErrNotFound", func(t *testing.T) {
			s := open(t)
			_, err := s.Evidence.UpdateEvidence(ctx, "no-such-evidence", claims.EvidenceUpdate{Note: ptr("x")})
			wantCode(t, err, claims.ENOTFOUND)
		})
		t.Run("ErrStanceInvalid", func(t *testing.T) {
			s := open(t)
			c := mustClaim(t, s, &claims.Claim{Text: "x"})
			e := mustEvidence(t, s, c.ID, mustSource(t, s, "y").ID, claims.StanceSupports, "")
			_, err := s.Evidence.UpdateEvidence(ctx, e.ID, claims.EvidenceUpdate{Stance: ptr(claims.Stance("maybe"))})
			wantCode(t, err, claims.EINVALID)
			got, err := s.Evidence.FindEvidenceByID(ctx, e.ID)
			noErr(t, err, "FindEvidenceByID")
			if got, want := got.Stance, claims.StanceSupports; got != want {
				t.Fatalf("Stance after a refused update = %q, want %q", got, want)
			}
		})
	})

	t.Run("DeleteEvidence", func(t *testing.T) {
		t.Run("OK", func(t *testing.T) {
			s := open(t)
			c := mustClaim(t, s, &claims.Claim{Text: "x"})
			e := mustEvidence(t, s, c.ID, mustSource(t, s, "y").ID, claims.StanceSupports, "Auszug")
			noErr(t, s.Evidence.DeleteEvidence(ctxAs(actorBen), e.ID), "DeleteEvidence")
			_, err := s.Evidence.FindEvidenceByID(ctx, e.ID)
			wantCode(t, err, claims.ENOTFOUND)
			evs := eventsFor(history(t, s, c.ID), claims.FieldEvidence)
			if len(evs) != 2 || evs[1].Actor != actorBen || evs[1].Old == "" {
				t.Fatalf("evidence events = %s, want a second one by %q keeping the removed link in Old", describe(evs), actorBen)
			}
		})
		t.Run("ErrNotFound", func(t *testing.T) {
			s := open(t)
			wantCode(t, s.Evidence.DeleteEvidence(ctx, "no-such-evidence"), claims.ENOTFOUND)
		})
	})
}
