package storetest

import (
	"context"
	"io"
	"strings"
	"testing"

	"claimdesk/claims"
)

// exchangeSet is what one newsroom holds before sending it to another.
type exchangeSet struct {
	article  *claims.Article
	claim    *claims.Claim
	source   *claims.Source
	evidence *claims.Evidence
}

// newExchangeSet stores an exchangeSet in s: an article, an anchored claim
// anna rated, a source with a snapshot, and the evidence linking them.
func newExchangeSet(t *testing.T, s claims.Services) *exchangeSet {
	t.Helper()
	f := &exchangeSet{article: mustArticle(t, s, "Mieten", "de", bodyDE)}
	f.claim = mustAnchoredClaim(t, s, f.article, "Die Mieten sind seit 2020 um 40 Prozent gestiegen.")
	_, err := s.Claims.UpdateClaim(ctxAs(actorAnna), f.claim.ID, claims.ClaimUpdate{
		Status: ptr(claims.StatusInReview), RatingID: ptr("politifact:mostly-false"), Tags: &[]string{"wohnen"}})
	noErr(t, err, "UpdateClaim")
	f.source = mustSource(t, s, "mietspiegel")
	_, err = s.Sources.AttachSnapshot(context.Background(), f.source.ID, "mietspiegel.html", strings.NewReader(snapshotPage))
	noErr(t, err, "AttachSnapshot")
	f.evidence = mustEvidence(t, s, f.claim.ID, f.source.ID, claims.StanceRefutes, "Plus 25 Prozent seit 2020.")
	return f
}

// exportDataset reads everything s holds into a Dataset, with the content of
// every snapshot, the way an exchange bundle carries it.
func exportDataset(t *testing.T, s claims.Services) (*claims.Dataset, map[string][]byte) {
	t.Helper()
	ctx := context.Background()
	ds := &claims.Dataset{Version: claims.DatasetVersion}
	var err error
	ds.Articles, _, err = s.Articles.FindArticles(ctx, claims.ArticleFilter{})
	noErr(t, err, "FindArticles")
	ds.Claims, _, err = s.Claims.FindClaims(ctx, claims.ClaimFilter{Sort: claims.SortCreated})
	noErr(t, err, "FindClaims")
	srcs, _, err := s.Sources.FindSources(ctx, claims.SourceFilter{})
	noErr(t, err, "FindSources")
	snaps := map[string][]byte{}
	for _, src := range srcs {
		full, err := s.Sources.FindSourceByID(ctx, src.ID)
		noErr(t, err, "FindSourceByID")
		ds.Sources = append(ds.Sources, full)
		for _, sn := range full.Snapshots {
			rc, err := s.Sources.OpenSnapshot(ctx, sn.SHA256)
			noErr(t, err, "OpenSnapshot")
			b, err := io.ReadAll(rc)
			rc.Close()
			noErr(t, err, "read snapshot")
			snaps[sn.SHA256] = b
		}
	}
	ds.Evidence, err = s.Evidence.FindEvidence(ctx, claims.EvidenceFilter{})
	noErr(t, err, "FindEvidence")
	var ids []string
	for _, c := range ds.Claims {
		ds.Events = append(ds.Events, history(t, s, c.ID)...)
		ids = append(ids, c.ID)
	}
	for _, a := range ds.Articles {
		ids = append(ids, a.ID)
	}
	for _, src := range ds.Sources {
		ids = append(ids, src.ID)
	}
	for _, e := range ds.Evidence {
		ids = append(ids, e.ID)
	}
	ds.Versions, err = s.History.KnownVersions(ctx, ids)
	noErr(t, err, "KnownVersions")
	return ds, snaps
}

// withClaim returns a copy of ds whose claim id is replaced by the result of edit.
func withClaim(ds *claims.Dataset, id string, edit func(c *claims.Claim)) *claims.Dataset {
	cp := *ds
	cp.Claims = nil
	for _, c := range ds.Claims {
		if c.ID == id {
			cc := *c
			edit(&cc)
			c = &cc
		}
		cp.Claims = append(cp.Claims, c)
	}
	return &cp
}

// testExchange checks MergeDataset: merging, merging again, round trips,
// which version wins, scales, conflicts and invalid datasets.
func testExchange(t *testing.T, open Opener) {
	ctx := context.Background()

	t.Run("MergeDataset", func(t *testing.T) {
		testMergeHistory(t, open)
		t.Run("OK", func(t *testing.T) {
			a, b := open(t), open(t)
			f := newExchangeSet(t, a)
			ds, snaps := exportDataset(t, a)
			res, err := b.Exchange.MergeDataset(ctxAs(actorBen), ds, snaps)
			noErr(t, err, "MergeDataset")
			if res.Created < 4 || res.Updated != 0 || res.Kept != 0 || res.Snapshots != 1 {
				t.Fatalf("result = %+v, want at least 4 created and 1 snapshot", *res)
			}
			art, err := b.Articles.FindArticleByID(ctx, f.article.ID)
			noErr(t, err, "FindArticleByID")
			if art.Body != bodyDE || art.BodySHA256 != claims.BodyHash(bodyDE) {
				t.Fatalf("merged article = %+v", art)
			}
			c, err := b.Claims.FindClaimByID(ctx, f.claim.ID)
			noErr(t, err, "FindClaimByID")
			if c.Text != f.claim.Text || c.Status != claims.StatusInReview || c.RatingID != "politifact:mostly-false" ||
				c.ArticleID != f.article.ID || c.Anchor == nil || *c.Anchor != *f.claim.Anchor {
				t.Fatalf("merged claim = %+v", c)
			}
			e, err := b.Evidence.FindEvidenceByID(ctx, f.evidence.ID)
			noErr(t, err, "FindEvidenceByID")
			if e.ClaimID != f.claim.ID || e.SourceID != f.source.ID || e.Stance != claims.StanceRefutes {
				t.Fatalf("merged evidence = %+v", e)
			}
			src, err := b.Sources.FindSourceByID(ctx, f.source.ID)
			noErr(t, err, "FindSourceByID")
			if len(src.Snapshots) != 1 || src.Snapshots[0].SHA256 != sha(snapshotPage) {
				t.Fatalf("merged source snapshots = %+v", src.Snapshots)
			}
			wantSnapshot(t, b, sha(snapshotPage), snapshotPage)
			wantEventsOnce(t, b, f.claim.ID, ds.Events)
		})

		t.Run("Idempotent", func(t *testing.T) {
			a, b := open(t), open(t)
			f := newExchangeSet(t, a)
			ds, snaps := exportDataset(t, a)
			_, err := b.Exchange.MergeDataset(ctx, ds, snaps)
			noErr(t, err, "first MergeDataset")
			before := len(history(t, b, f.claim.ID))
			res, err := b.Exchange.MergeDataset(ctx, ds, snaps)
			noErr(t, err, "second MergeDataset")
			if res.Created != 0 || res.Updated != 0 || res.Kept != 0 || res.Snapshots != 0 || res.Unchanged == 0 {
				t.Fatalf("second merge result = %+v, want nothing created, updated or kept", *res)
			}
			if got, want := len(history(t, b, f.claim.ID)), before; got != want {
				t.Fatalf("%d events after the second merge, want %d", got, want)
			}
			wantEventsOnce(t, b, f.claim.ID, ds.Events)
		})

		t.Run("RoundTrip", func(t *testing.T) {
			a, b, _ := synced(t, open)
			back, backSnaps := exportDataset(t, b)
			res, err := a.Exchange.MergeDataset(ctx, back, backSnaps)
			noErr(t, err, "MergeDataset back into A")
			if res.Created != 0 || res.Updated != 0 || res.Kept != 0 || res.Snapshots != 0 {
				t.Fatalf("result of merging B's copy back into A = %+v, want nothing created, updated or kept", *res)
			}
		})

		t.Run("IncomingReplacesUnchanged", func(t *testing.T) {
			a, b, f := synced(t, open)
			_, err := a.Claims.UpdateClaim(ctxAs(actorAnna), f.claim.ID, claims.ClaimUpdate{Text: ptr("Fassung der Redaktion A.")})
			noErr(t, err, "UpdateClaim in A")
			incoming, snaps := exportDataset(t, a)
			res, err := b.Exchange.MergeDataset(ctx, incoming, snaps)
			noErr(t, err, "MergeDataset")
			if res.Updated != 1 || res.Created != 0 || len(res.Conflicts) != 0 || res.Backup == "" {
				t.Fatalf("result = %+v, want 1 updated, no conflict, a backup", *res)
			}
			c, err := b.Claims.FindClaimByID(ctx, f.claim.ID)
			noErr(t, err, "FindClaimByID")
			if got, want := c.Text, "Fassung der Redaktion A."; got != want {
				t.Fatalf("Text = %q, want the incoming %q", got, want)
			}
			wantMerged(t, b, f.claim.ID, f.claim.Text)
			before := len(history(t, b, f.claim.ID))
			res, err = b.Exchange.MergeDataset(ctx, incoming, snaps)
			noErr(t, err, "MergeDataset again")
			if res.Changed() || res.Backup != "" {
				t.Fatalf("result of merging the same again = %+v, want nothing changed and no backup", *res)
			}
			if got, want := len(history(t, b, f.claim.ID)), before; got != want {
				t.Fatalf("%d events after merging the same again, want %d", got, want)
			}
		})

		t.Run("RoundTripEdit", func(t *testing.T) {
			a, b, f := synced(t, open)
			_, err := b.Claims.UpdateClaim(ctxAs(actorBen), f.claim.ID, claims.ClaimUpdate{Rationale: ptr("Amtliche Zahlen: plus 25 Prozent.")})
			noErr(t, err, "UpdateClaim in B")
			back, backSnaps := exportDataset(t, b)
			res, err := a.Exchange.MergeDataset(ctx, back, backSnaps)
			noErr(t, err, "MergeDataset back into A")
			if res.Updated != 1 || len(res.Conflicts) != 0 {
				t.Fatalf("result = %+v, want B's edit to replace A's unchanged claim without conflict", *res)
			}
			c, err := a.Claims.FindClaimByID(ctx, f.claim.ID)
			noErr(t, err, "FindClaimByID")
			if c.Rationale != "Amtliche Zahlen: plus 25 Prozent." {
				t.Fatalf("Rationale = %q, want B's", c.Rationale)
			}
		})

		t.Run("OlderKept", func(t *testing.T) {
			a, b := open(t), open(t)
			f := newExchangeSet(t, a)
			old, snaps := exportDataset(t, a)
			_, err := a.Claims.UpdateClaim(ctxAs(actorAnna), f.claim.ID, claims.ClaimUpdate{Text: ptr("Neuere Fassung der Redaktion A.")})
			noErr(t, err, "UpdateClaim in A")
			newer, _ := exportDataset(t, a)
			_, err = b.Exchange.MergeDataset(ctx, newer, snaps)
			noErr(t, err, "MergeDataset newer")
			res, err := b.Exchange.MergeDataset(ctx, old, snaps)
			noErr(t, err, "MergeDataset older")
			if res.Kept != 1 || res.Updated != 0 || res.Created != 0 || len(res.Conflicts) != 0 {
				t.Fatalf("result = %+v, want 1 kept", *res)
			}
			c, err := b.Claims.FindClaimByID(ctx, f.claim.ID)
			noErr(t, err, "FindClaimByID")
			if got, want := c.Text, "Neuere Fassung der Redaktion A."; got != want {
				t.Fatalf("Text = %q, want the newer %q", got, want)
			}
			wantMerged(t, b, f.claim.ID, f.claim.Text)
		})

		t.Run("OKScale", func(t *testing.T) {
			a, b := open(t), open(t)
			noErr(t, a.Scales.SaveScale(ctx, customScale()), "SaveScale")
			c := mustClaim(t, a, &claims.Claim{Text: "Die Brücke ist marode.", RatingID: "haus:unklar"})
			ds, snaps := exportDataset(t, a)
			ds.Scales = []*claims.RatingScale{customScale()}
			_, err := b.Exchange.MergeDataset(ctx, ds, snaps)
			noErr(t, err, "MergeDataset")
			r, err := b.Scales.FindRatingByID(ctx, "haus:unklar")
			noErr(t, err, "FindRatingByID")
			if got, want := r.LabelDE, "Unklar"; got != want {
				t.Fatalf("LabelDE = %q, want %q", got, want)
			}
			got, err := b.Claims.FindClaimByID(ctx, c.ID)
			noErr(t, err, "FindClaimByID")
			if got, want := got.RatingID, "haus:unklar"; got != want {
				t.Fatalf("RatingID = %q, want %q", got, want)
			}
		})

		t.Run("ErrConflict", func(t *testing.T) {
			a, b := open(t), open(t)
			noErr(t, a.Scales.SaveScale(ctx, customScale()), "SaveScale in A")
			first := &claims.Dataset{Version: claims.DatasetVersion, Scales: []*claims.RatingScale{customScale()}}
			_, err := b.Exchange.MergeDataset(ctx, first, nil)
			noErr(t, err, "MergeDataset of the scale")
			mustClaim(t, b, &claims.Claim{Text: "Die Brücke ist marode.", RatingID: "haus:unklar"})
			f := newExchangeSet(t, a)
			ds, snaps := exportDataset(t, a)
			reduced := customScale()
			reduced.Ratings = []claims.Rating{reduced.Ratings[0], reduced.Ratings[2]}
			ds.Scales = []*claims.RatingScale{reduced}
			_, err = b.Exchange.MergeDataset(ctx, ds, snaps)
			wantCode(t, err, claims.ECONFLICT)
			_, err = b.Claims.FindClaimByID(ctx, f.claim.ID)
			wantCode(t, err, claims.ENOTFOUND)
			_, err = b.Scales.FindRatingByID(ctx, "haus:unklar")
			noErr(t, err, "rating used in B after a refused merge")
		})

		t.Run("ErrVersionInvalid", func(t *testing.T) {
			a, b := open(t), open(t)
			newExchangeSet(t, a)
			ds, snaps := exportDataset(t, a)
			ds.Version = claims.DatasetVersion + 1
			_, err := b.Exchange.MergeDataset(ctx, ds, snaps)
			wantCode(t, err, claims.EINVALID)
			wantNoClaims(t, b)
		})

		t.Run("ErrClaimInvalid", func(t *testing.T) {
			a, b := open(t), open(t)
			f := newExchangeSet(t, a)
			ds, snaps := exportDataset(t, a)
			ds = withClaim(ds, f.claim.ID, func(c *claims.Claim) { c.Text = "" })
			_, err := b.Exchange.MergeDataset(ctx, ds, snaps)
			wantCode(t, err, claims.EINVALID)
			wantNoClaims(t, b)
			_, err = b.Articles.FindArticleByID(ctx, f.article.ID)
			wantCode(t, err, claims.ENOTFOUND)
		})

		t.Run("ErrSnapshotMissing", func(t *testing.T) {
			a, b := open(t), open(t)
			newExchangeSet(t, a)
			ds, _ := exportDataset(t, a)
			_, err := b.Exchange.MergeDataset(ctx, ds, nil)
			wantCode(t, err, claims.EINVALID)
			wantNoClaims(t, b)
		})
	})
}

// wantEventsOnce fails unless every event of claimID in evs is in s's history exactly once.
func wantEventsOnce(t *testing.T, s claims.Services, claimID string, evs []*claims.Event) {
	t.Helper()
	n := map[string]int{}
	for _, e := range history(t, s, claimID) {
		n[e.ID]++
	}
	for _, e := range evs {
		if e.ClaimID == claimID && n[e.ID] != 1 {
			t.Fatalf("event %s (%s) appears %d times, want once", e.ID, e.Field, n[e.ID])
		}
	}
}

// wantMerged fails unless claimID's history holds a merged event keeping lost.
func wantMerged(t *testing.T, s claims.Services, claimID, lost string) {
	t.Helper()
	evs := history(t, s, claimID)
	for _, e := range eventsFor(evs, claims.FieldMerged) {
		if strings.Contains(e.Old, lost) {
			return
		}
	}
	t.Fatalf("history = %s, want a %s event whose Old keeps %q", describe(evs), claims.FieldMerged, lost)
}
