package storetest

import (
	"context"
	"testing"
	"time"

	"claimdesk/claims"
)

// testSources checks CreateSource, FindSourceByID, FindSources,
// UpdateSource and DeleteSource, with their errors, and snapshots.
func testSources(t *testing.T, open Opener) {
	ctx := context.Background()

	t.Run("CreateSource", func(t *testing.T) {
		t.Run("OK", func(t *testing.T) {
			s := open(t)
			pub := time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC)
			acc := time.Date(2025, 3, 2, 9, 30, 0, 0, time.UTC)
			src := &claims.Source{URL: "https://www.destatis.de/mieten", Title: "Mietpreisindex", Publisher: "Destatis",
				Author: "Statistisches Bundesamt", PublishedAt: pub, AccessedAt: acc, Kind: claims.KindStatistics, Notes: "Tabelle 3"}
			noErr(t, s.Sources.CreateSource(ctxAs(actorAnna), src), "CreateSource")
			if src.ID == "" {
				t.Fatal("ID not set")
			}
			got, err := s.Sources.FindSourceByID(ctx, src.ID)
			noErr(t, err, "FindSourceByID")
			if got.URL != src.URL || got.Title != src.Title || got.Publisher != src.Publisher || got.Author != src.Author ||
				got.Kind != claims.KindStatistics || got.Notes != src.Notes || !got.PublishedAt.Equal(pub) || !got.AccessedAt.Equal(acc) {
				t.Fatalf("stored source = %+v, want %+v", got, src)
			}
			if got, want := got.CreatedBy, actorAnna; got != want {
				t.Fatalf("CreatedBy = %q, want %q", got, want)
			}
		})
		t.Run("OKKindDefaultsToOther", func(t *testing.T) {
			s := open(t)
			src := &claims.Source{Title: "Gespräch mit einer Mieterin"}
			noErr(t, s.Sources.CreateSource(ctx, src), "CreateSource")
			got, err := s.Sources.FindSourceByID(ctx, src.ID)
			noErr(t, err, "FindSourceByID")
			if got, want := got.Kind, claims.KindOther; got != want {
				t.Fatalf("Kind = %q, want %q", got, want)
			}
		})
		t.Run("ErrURLOrTitleRequired", func(t *testing.T) {
			s := open(t)
			wantCode(t, s.Sources.CreateSource(ctx, &claims.Source{Publisher: "Destatis"}), claims.EINVALID)
		})
		t.Run("ErrKindInvalid", func(t *testing.T) {
			s := open(t)
			wantCode(t, s.Sources.CreateSource(ctx, &claims.Source{Title: "x", Kind: "rumour"}), claims.EINVALID)
		})
	})

	t.Run("FindSourceByID", func(t *testing.T) {
		t.Run("OK", func(t *testing.T) {
			s := open(t)
			src := mustSource(t, s, "mietspiegel")
			got, err := s.Sources.FindSourceByID(ctx, src.ID)
			noErr(t, err, "FindSourceByID")
			if got, want := got.Title, "mietspiegel"; got != want {
				t.Fatalf("Title = %q, want %q", got, want)
			}
		})
		t.Run("ErrNotFound", func(t *testing.T) {
			s := open(t)
			_, err := s.Sources.FindSourceByID(ctx, "no-such-source")
			wantCode(t, err, claims.ENOTFOUND)
		})
	})

	t.Run("FindSources", func(t *testing.T) {
		t.Run("OK", func(t *testing.T) {
			s := open(t)
			a := mustSource(t, s, "destatis")
			b := mustSource(t, s, "mietspiegel")
			c := mustSource(t, s, "pressemitteilung")
			cl := mustClaim(t, s, &claims.Claim{Text: "Die Mieten stiegen um 40 Prozent."})
			mustEvidence(t, s, cl.ID, b.ID, claims.StanceRefutes, "")
			for _, tc := range []struct {
				name string
				f    claims.SourceFilter
				want []string
			}{
				{"All", claims.SourceFilter{}, []string{a.ID, b.ID, c.ID}},
				{"ID", claims.SourceFilter{ID: &a.ID}, []string{a.ID}},
				{"URL", claims.SourceFilter{URL: ptr(c.URL)}, []string{c.ID}},
				{"Claim", claims.SourceFilter{ClaimID: &cl.ID}, []string{b.ID}},
			} {
				got, total, err := s.Sources.FindSources(ctx, tc.f)
				noErr(t, err, "FindSources "+tc.name)
				var ids []string
				for _, src := range got {
					ids = append(ids, src.ID)
				}
				if !sameIDs(ids, tc.want) || total != len(tc.want) {
					t.Fatalf("%s: sources = %q (total %d), want %q", tc.name, ids, total, tc.want)
				}
			}
		})
		t.Run("OffsetLimit", func(t *testing.T) {
			s := open(t)
			for _, title := range []string{"a", "b", "c", "d"} {
				mustSource(t, s, title)
			}
			got, total, err := s.Sources.FindSources(ctx, claims.SourceFilter{Offset: 1, Limit: 2})
			noErr(t, err, "FindSources")
			if len(got) != 2 || total != 4 {
				t.Fatalf("page: %d sources, total %d, want 2 and 4", len(got), total)
			}
			got, _, err = s.Sources.FindSources(ctx, claims.SourceFilter{Offset: 3, Limit: 2})
			noErr(t, err, "FindSources last page")
			if got, want := len(got), 1; got != want {
				t.Fatalf("last page: %d sources, want %d", got, want)
			}
		})
		t.Run("ErrInvalid", func(t *testing.T) {
			s := open(t)
			_, _, err := s.Sources.FindSources(ctx, claims.SourceFilter{Offset: -1})
			wantCode(t, err, claims.EINVALID)
			_, _, err = s.Sources.FindSources(ctx, claims.SourceFilter{Limit: -1})
			wantCode(t, err, claims.EINVALID)
		})
	})

	t.Run("UpdateSource", func(t *testing.T) {
		t.Run("OK", func(t *testing.T) {
			s := open(t)
			src := mustSource(t, s, "alt")
			acc := time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC)
			got, err := s.Sources.UpdateSource(ctx, src.ID, claims.SourceUpdate{Title: ptr("Neu"), URL: ptr("https://example.org/neu"),
				Publisher: ptr("Amt"), Author: ptr("Frau Ober"), AccessedAt: &acc, PublishedAt: &acc, Kind: ptr(claims.KindOfficial), Notes: ptr("S. 4")})
			noErr(t, err, "UpdateSource")
			stored, err := s.Sources.FindSourceByID(ctx, src.ID)
			noErr(t, err, "FindSourceByID")
			for _, g := range []*claims.Source{got, stored} {
				if g.Title != "Neu" || g.URL != "https://example.org/neu" || g.Publisher != "Amt" || g.Author != "Frau Ober" ||
					g.Kind != claims.KindOfficial || g.Notes != "S. 4" || !g.AccessedAt.Equal(acc) || !g.PublishedAt.Equal(acc) {
					t.Fatalf("updated source = %+v", g)
				}
			}
		})
		t.Run("ErrNotFound", func(t *testing.T) {
			s := open(t)
			_, err := s.Sources.UpdateSource(ctx, "no-such-source", claims.SourceUpdate{Title: ptr("x")})
			wantCode(t, err, claims.ENOTFOUND)
		})
		t.Run("ErrKindInvalid", func(t *testing.T) {
			s := open(t)
			src := mustSource(t, s, "alt")
			_, err := s.Sources.UpdateSource(ctx, src.ID, claims.SourceUpdate{Kind: ptr(claims.SourceKind("rumour"))})
			wantCode(t, err, claims.EINVALID)
		})
		t.Run("ErrURLOrTitleRequired", func(t *testing.T) {
			s := open(t)
			src := mustSource(t, s, "alt")
			_, err := s.Sources.UpdateSource(ctx, src.ID, claims.SourceUpdate{Title: ptr(""), URL: ptr("")})
			wantCode(t, err, claims.EINVALID)
			got, err := s.Sources.FindSourceByID(ctx, src.ID)
			noErr(t, err, "FindSourceByID")
			if got, want := got.Title, "alt"; got != want {
				t.Fatalf("Title after a refused update = %q, want %q", got, want)
			}
		})
	})

	t.Run("DeleteSource", func(t *testing.T) {
		t.Run("OK", func(t *testing.T) {
			s := open(t)
			src := mustSource(t, s, "weg")
			noErr(t, s.Sources.DeleteSource(ctx, src.ID), "DeleteSource")
			_, err := s.Sources.FindSourceByID(ctx, src.ID)
			wantCode(t, err, claims.ENOTFOUND)
		})
		t.Run("ErrNotFound", func(t *testing.T) {
			s := open(t)
			wantCode(t, s.Sources.DeleteSource(ctx, "no-such-source"), claims.ENOTFOUND)
		})
		t.Run("ErrConflict", func(t *testing.T) {
			s := open(t)
			src := mustSource(t, s, "beleg")
			c := mustClaim(t, s, &claims.Claim{Text: "Die Mieten stiegen um 40 Prozent."})
			e := mustEvidence(t, s, c.ID, src.ID, claims.StanceSupports, "")
			wantCode(t, s.Sources.DeleteSource(ctx, src.ID), claims.ECONFLICT)
			_, err := s.Sources.FindSourceByID(ctx, src.ID)
			noErr(t, err, "source after a refused delete")
			noErr(t, s.Evidence.DeleteEvidence(ctx, e.ID), "DeleteEvidence")
			noErr(t, s.Sources.DeleteSource(ctx, src.ID), "DeleteSource once unused")
		})
	})

	t.Run("AttachSnapshot", func(t *testing.T) { testSnapshots(t, open) })
}
