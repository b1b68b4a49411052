package storetest

import (
	"context"
	"strings"
	"testing"
	"time"

	"claimdesk/claims"
)

// recordHistory returns the events of any record.
func recordHistory(t *testing.T, s claims.Services, id string) []*claims.Event {
	t.Helper()
	_, evs, err := s.History.RecordHistory(context.Background(), id)
	noErr(t, err, "RecordHistory")
	return evs
}

// wantInHistory fails unless the history of record id holds a field event
// whose Old keeps text.
func wantInHistory(t *testing.T, s claims.Services, id, field, text string) {
	t.Helper()
	evs := recordHistory(t, s, id)
	for _, e := range eventsFor(evs, field) {
		if strings.Contains(e.Old, text) {
			return
		}
	}
	t.Fatalf("history of %s = %s, want a %s event whose Old keeps %q", id, describe(evs), field, text)
}

// synced returns two backends that both hold the exchange set of the first.
func synced(t *testing.T, open Opener) (a, b claims.Services, f *exchangeSet) {
	t.Helper()
	a, b = open(t), open(t)
	f = newExchangeSet(t, a)
	ds, snaps := exportDataset(t, a)
	_, err := b.Exchange.MergeDataset(ctx0, ds, snaps)
	noErr(t, err, "first MergeDataset")
	return a, b, f
}

// ctx0 is the context of the merge history tests.
var ctx0 = context.Background()

// testMergeHistory holds the rules of docs/exchange.md: no version lost,
// conflicts reported, history only with its record, presets immutable,
// no time from the future, the same bundle twice changes nothing.
func testMergeHistory(t *testing.T, open Opener) {
	t.Run("OKArticleSourceEvidenceHistory", func(t *testing.T) {
		a, b, f := synced(t, open)
		newBody := "Vorbemerkung der Redaktion. " + bodyDE
		_, err := a.Articles.UpdateArticle(ctxAs(actorAnna), f.article.ID, claims.ArticleUpdate{Title: ptr("Mieten 2025"), Body: &newBody})
		noErr(t, err, "UpdateArticle")
		_, err = a.Sources.UpdateSource(ctxAs(actorAnna), f.source.ID, claims.SourceUpdate{Title: ptr("Mietspiegel 2025"), URL: ptr("https://example.org/neu")})
		noErr(t, err, "UpdateSource")
		_, err = a.Evidence.UpdateEvidence(ctxAs(actorAnna), f.evidence.ID, claims.EvidenceUpdate{Stance: ptr(claims.StanceSupports)})
		noErr(t, err, "UpdateEvidence")
		ds, snaps := exportDataset(t, a)
		res, err := b.Exchange.MergeDataset(ctxAs(actorBen), ds, snaps)
		noErr(t, err, "MergeDataset")
		if res.Updated < 3 || len(res.Conflicts) != 0 || res.Backup == "" {
			t.Fatalf("result = %+v, want article, source and evidence updated, a backup", *res)
		}
		art, err := b.Articles.FindArticleByID(ctx0, f.article.ID)
		noErr(t, err, "FindArticleByID")
		if art.Body != newBody || art.Title != "Mieten 2025" {
			t.Fatalf("article = %q / %q, want the incoming one", art.Title, art.Body)
		}
		wantInHistory(t, b, f.article.ID, claims.FieldMerged, bodyDE)
		wantInHistory(t, b, f.source.ID, claims.FieldMerged, `"title":"mietspiegel"`)
		wantInHistory(t, b, f.claim.ID, claims.FieldMerged, `"stance":"refutes"`)
		if k, _, _ := b.History.RecordHistory(ctx0, f.article.ID); k != claims.RecordArticle {
			t.Fatalf("RecordHistory kind = %q, want article", k)
		}
	})

	t.Run("OKConflictKeepsBoth", func(t *testing.T) {
		for _, incomingLater := range []bool{true, false} {
			a, b, f := synced(t, open)
			_, err := b.Sources.UpdateSource(ctxAs(actorBen), f.source.ID, claims.SourceUpdate{Title: ptr("Fassung B")})
			noErr(t, err, "UpdateSource in B")
			_, err = a.Sources.UpdateSource(ctxAs(actorAnna), f.source.ID, claims.SourceUpdate{Title: ptr("Fassung A")})
			noErr(t, err, "UpdateSource in A")
			ds, snaps := exportDataset(t, a)
			if !incomingLater {
				ds.Sources[0].UpdatedAt = time.Now().Add(-24 * time.Hour)
			}
			res, err := b.Exchange.MergeDataset(ctx0, ds, snaps)
			noErr(t, err, "MergeDataset")
			if len(res.Conflicts) != 1 || res.Conflicts[0].ID != f.source.ID || res.Conflicts[0].Kind != claims.RecordSource || res.Updated != 0 {
				t.Fatalf("incoming later %v: result = %+v, want 1 source conflict, nothing updated", incomingLater, *res)
			}
			src, err := b.Sources.FindSourceByID(ctx0, f.source.ID)
			noErr(t, err, "FindSourceByID")
			if src.Title != "Fassung B" {
				t.Fatalf("title = %q, want the local one kept", src.Title)
			}
			wantInHistory(t, b, f.source.ID, claims.FieldConflict, "Fassung A")
			res, err = b.Exchange.MergeDataset(ctx0, ds, snaps)
			noErr(t, err, "MergeDataset again")
			if res.Changed() {
				t.Fatalf("merging the conflicting bundle again = %+v, want nothing changed", *res)
			}
		}
	})

	t.Run("OKResolveConflict", func(t *testing.T) {
		a, b, f := synced(t, open)
		_, err := b.Claims.UpdateClaim(ctxAs(actorBen), f.claim.ID, claims.ClaimUpdate{Rationale: ptr("Bens Begründung.")})
		noErr(t, err, "UpdateClaim in B")
		_, err = a.Claims.UpdateClaim(ctxAs(actorAnna), f.claim.ID, claims.ClaimUpdate{Rationale: ptr("Annas Begründung.")})
		noErr(t, err, "UpdateClaim in A")
		ds, snaps := exportDataset(t, a)
		res, err := b.Exchange.MergeDataset(ctx0, ds, snaps)
		noErr(t, err, "MergeDataset")
		if len(res.Conflicts) != 1 {
			t.Fatalf("result = %+v, want 1 conflict", *res)
		}
		cf := res.Conflicts[0]
		wantCode(t, b.Exchange.ResolveConflict(ctxAs(actorBen), cf.Kind, cf.ID, "00000000"), claims.ENOTFOUND)
		noErr(t, b.Exchange.ResolveConflict(ctxAs(actorBen), cf.Kind, cf.ID, cf.Hash[:12]), "ResolveConflict")
		c, err := b.Claims.FindClaimByID(ctx0, f.claim.ID)
		noErr(t, err, "FindClaimByID")
		if c.Rationale != "Annas Begründung." {
			t.Fatalf("rationale = %q, want the bundle's, as chosen", c.Rationale)
		}
		wantInHistory(t, b, f.claim.ID, claims.FieldMerged, "Bens Begründung.")
		res, err = b.Exchange.MergeDataset(ctx0, ds, snaps)
		noErr(t, err, "MergeDataset again")
		if res.Changed() {
			t.Fatalf("merging the bundle again after choosing its version = %+v, want nothing changed", *res)
		}
		_, err = a.Claims.UpdateClaim(ctxAs(actorAnna), f.claim.ID, claims.ClaimUpdate{Status: ptr(claims.StatusPublished)})
		noErr(t, err, "UpdateClaim in A")
		ds, snaps = exportDataset(t, a)
		res, err = b.Exchange.MergeDataset(ctx0, ds, snaps)
		noErr(t, err, "MergeDataset of A's next change")
		if res.Updated != 1 || len(res.Conflicts) != 0 {
			t.Fatalf("A's next change after the choice = %+v, want it to update without conflict", *res)
		}
	})

	t.Run("OKReimportAfterLocalEdit", func(t *testing.T) {
		a, b := open(t), open(t)
		f := newExchangeSet(t, a)
		ds, snaps := exportDataset(t, a)
		far := time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
		_, err := b.Exchange.MergeDataset(ctx0, withClaim(ds, f.claim.ID, func(c *claims.Claim) { c.UpdatedAt = far }), snaps)
		wantCode(t, err, claims.EINVALID) // refused: a time from the future
		_, err = b.Exchange.MergeDataset(ctx0, ds, snaps)
		noErr(t, err, "MergeDataset")
		_, err = b.Claims.UpdateClaim(ctxAs(actorBen), f.claim.ID, claims.ClaimUpdate{Text: ptr("Später in B geändert.")})
		noErr(t, err, "UpdateClaim in B")
		before := len(history(t, b, f.claim.ID))
		res, err := b.Exchange.MergeDataset(ctx0, ds, snaps)
		noErr(t, err, "MergeDataset again")
		if res.Changed() || res.Backup != "" {
			t.Fatalf("re-import = %+v, want nothing changed", *res)
		}
		c, err := b.Claims.FindClaimByID(ctx0, f.claim.ID)
		noErr(t, err, "FindClaimByID")
		if c.Text != "Später in B geändert." || len(history(t, b, f.claim.ID)) != before {
			t.Fatalf("re-import changed the claim: %q, history %s", c.Text, describe(history(t, b, f.claim.ID)))
		}
	})

	t.Run("OKReimportAfterLocalDelete", func(t *testing.T) {
		a, b := open(t), open(t)
		f := newExchangeSet(t, a)
		ds, snaps := exportDataset(t, a)
		_, err := b.Exchange.MergeDataset(ctx0, ds, snaps)
		noErr(t, err, "MergeDataset")
		noErr(t, b.Evidence.DeleteEvidence(ctxAs(actorBen), f.evidence.ID), "DeleteEvidence")
		res, err := b.Exchange.MergeDataset(ctx0, ds, snaps)
		noErr(t, err, "MergeDataset again")
		if res.Changed() {
			t.Fatalf("re-import after a local delete = %+v, want nothing changed", *res)
		}
		_, err = b.Evidence.FindEvidenceByID(ctx0, f.evidence.ID)
		wantCode(t, err, claims.ENOTFOUND)
	})

	t.Run("ErrEventsForOtherRecords", func(t *testing.T) {
		a, b := open(t), open(t)
		f := newExchangeSet(t, a)
		local := mustClaim(t, b, &claims.Claim{Text: "Nur hier erfasst."})
		ds, snaps := exportDataset(t, a)
		for _, target := range []string{local.ID, "0190aaaa-0000-7000-8000-00000000dead"} {
			forged := *ds
			forged.Events = append(append([]*claims.Event(nil), ds.Events...), &claims.Event{ID: "0190aaaa-0000-7000-8000-0000000000ee",
				ClaimID: target, At: time.Now().Add(-time.Hour), Actor: "mallory", Field: claims.FieldRating, New: "politifact:true"})
			_, err := b.Exchange.MergeDataset(ctx0, &forged, snaps)
			wantCode(t, err, claims.EINVALID)
		}
		if n := len(history(t, b, local.ID)); n != 1 {
			t.Fatalf("local claim has %d events, want only its creation", n)
		}
		_, err := b.Exchange.MergeDataset(ctx0, ds, snaps)
		noErr(t, err, "MergeDataset")
		evs := history(t, b, f.claim.ID)
		for _, e := range evs {
			if e.Field == claims.FieldCreated && (!e.Imported || e.Actor != actorAnna) {
				t.Fatalf("imported creation event = %+v, want Imported with actor %q", e, actorAnna)
			}
		}
	})

	t.Run("OKPresetImmutable", func(t *testing.T) {
		a, b := open(t), open(t)
		// A claim both sides agreed on, carried unchanged by the bundle
		// that changes the preset, keeps its verdict.
		shared := mustClaim(t, a, &claims.Claim{Text: "Der Tunnel ist dicht.", RatingID: "politifact:true"})
		agreed, snaps := exportDataset(t, a)
		_, err := b.Exchange.MergeDataset(ctx0, agreed, snaps)
		noErr(t, err, "MergeDataset of the shared claim")
		c := mustClaim(t, a, &claims.Claim{Text: "Die Brücke ist marode.", RatingID: "politifact:true"})
		ds, snaps := exportDataset(t, a)
		swapped, err := a.Scales.FindScaleByID(ctx0, claims.ScalePolitiFact)
		noErr(t, err, "FindScaleByID")
		first, last := &swapped.Ratings[0], &swapped.Ratings[len(swapped.Ratings)-1]
		first.LabelEN, last.LabelEN = last.LabelEN, first.LabelEN
		first.LabelDE, last.LabelDE = last.LabelDE, first.LabelDE
		ds.Scales = []*claims.RatingScale{swapped}
		for i := 0; i < 2; i++ {
			res, err := b.Exchange.MergeDataset(ctx0, ds, snaps)
			noErr(t, err, "MergeDataset")
			if i == 0 && res.ScaleCopies[claims.ScalePolitiFact] == "" {
				t.Fatalf("result = %+v, want the changed preset copied", *res)
			}
			if i == 1 && res.Changed() {
				t.Fatalf("second merge = %+v, want nothing changed", *res)
			}
		}
		r, err := b.Scales.FindRatingByID(ctx0, "politifact:true")
		noErr(t, err, "FindRatingByID")
		if r.LabelEN != "True" {
			t.Fatalf("preset rating label = %q, want True unchanged", r.LabelEN)
		}
		got, err := b.Claims.FindClaimByID(ctx0, c.ID)
		noErr(t, err, "FindClaimByID")
		cr, err := b.Scales.FindRatingByID(ctx0, got.RatingID)
		noErr(t, err, "FindRatingByID of the copy")
		if got.RatingID == "politifact:true" || cr.LabelEN != first.LabelEN {
			t.Fatalf("claim rating = %s (%q), want the copy's rating labelled %q", got.RatingID, cr.LabelEN, first.LabelEN)
		}
		if got, err = b.Claims.FindClaimByID(ctx0, shared.ID); err != nil || got.RatingID != "politifact:true" {
			t.Fatalf("shared claim rating = %s (%v), want politifact:true unchanged", got.RatingID, err)
		}
	})
}
