package storetest

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"claimdesk/claims"
)

// wantChanges fails unless evs are exactly the events want (field, old,
// new, in that order), each by actor, of record id of kind.
func wantChanges(t *testing.T, evs []*claims.Event, kind claims.RecordKind, id, actor string, want [][3]string) {
	t.Helper()
	if len(evs) != len(want) {
		t.Fatalf("history = %s, want %d events %q", describe(evs), len(want), want)
	}
	for i, e := range evs {
		if got := [3]string{e.Field, e.Old, e.New}; got != want[i] {
			t.Fatalf("event %d = %q, want %q (history %s)", i, got, want[i], describe(evs))
		}
		if e.ID == "" || e.ClaimID != id || e.RecordKind() != kind || e.Actor != actor || e.At.IsZero() || e.Imported {
			t.Fatalf("event %d = %+v, want ID, At, record %s %s, actor %q, not imported", i, e, kind, id, actor)
		}
	}
}

// kindHistory returns the history of record id and fails unless it is of kind.
func kindHistory(t *testing.T, s claims.Services, id string, kind claims.RecordKind) []*claims.Event {
	t.Helper()
	got, evs, err := s.History.RecordHistory(context.Background(), id)
	noErr(t, err, "RecordHistory")
	if got != kind {
		t.Fatalf("RecordHistory kind = %q, want %q", got, kind)
	}
	return evs
}

// deletedRecord decodes the record a FieldDeleted event keeps into v.
func deletedRecord(t *testing.T, evs []*claims.Event, v any) *claims.Event {
	t.Helper()
	if len(evs) == 0 || evs[len(evs)-1].Field != claims.FieldDeleted {
		t.Fatalf("history = %s, want it to end with a %s event", describe(evs), claims.FieldDeleted)
	}
	last := evs[len(evs)-1]
	if err := json.Unmarshal([]byte(last.Old), v); err != nil {
		t.Fatalf("deleted event Old = %q, want the record as JSON: %v", last.Old, err)
	}
	return last
}

// testArticleHistory checks an article's history: every changed field and
// text, nothing for no change or a refused update, and its deletion.
func testArticleHistory(t *testing.T, open Opener) {
	ctx := context.Background()
	t.Run("OKEveryField", func(t *testing.T) {
		s := open(t)
		a := mustArticle(t, s, "Alt", "de", bodyDE)
		pub := time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)
		_, err := s.Articles.UpdateArticle(ctxAs(actorBen), a.ID, claims.ArticleUpdate{Title: ptr("Neu"),
			URL: ptr("https://example.org/neu"), Publisher: ptr("Abendpost"), Language: ptr("en"), PublishedAt: &pub, Body: ptr(bodyEN)})
		noErr(t, err, "UpdateArticle")
		wantChanges(t, kindHistory(t, s, a.ID, claims.RecordArticle), claims.RecordArticle, a.ID, actorBen, [][3]string{
			{claims.FieldTitle, "Alt", "Neu"}, {claims.FieldURL, "https://example.org/de", "https://example.org/neu"},
			{claims.FieldPublisher, "Tagesblatt", "Abendpost"}, {claims.FieldLanguage, "de", "en"},
			{claims.FieldPublishedAt, "", "2024-01-02T00:00:00Z"}, {claims.FieldBody, bodyDE, claims.BodyHash(bodyEN)},
		})
	})
	t.Run("OKEveryTextReadable", func(t *testing.T) {
		s := open(t)
		a := mustArticle(t, s, "Texte", "de", bodyDE)
		third := bodyEN + " Corrected on Tuesday."
		for _, b := range []string{bodyEN, third} {
			_, err := s.Articles.UpdateArticle(ctxAs(actorBen), a.ID, claims.ArticleUpdate{Body: ptr(b)})
			noErr(t, err, "UpdateArticle")
		}
		bodies := eventsFor(recordHistory(t, s, a.ID), claims.FieldBody)
		if len(bodies) != 2 || bodies[0].Old != bodyDE || bodies[1].Old != bodyEN ||
			bodies[0].New != claims.BodyHash(bodyEN) || bodies[1].New != claims.BodyHash(third) {
			t.Fatalf("body events = %s, want the earlier texts whole in Old and the new ones' hashes in New", describe(bodies))
		}
	})
	t.Run("OKNoChangeNoEvent", func(t *testing.T) {
		s := open(t)
		a := mustArticle(t, s, "Gleich", "de", bodyDE)
		got, err := s.Articles.UpdateArticle(ctxAs(actorBen), a.ID, claims.ArticleUpdate{Title: ptr("Gleich"), Body: ptr(bodyDE)})
		noErr(t, err, "UpdateArticle")
		if evs := kindHistory(t, s, a.ID, claims.RecordArticle); len(evs) != 0 || !got.UpdatedAt.Equal(a.UpdatedAt) {
			t.Fatalf("history = %s, UpdatedAt %v → %v; want no event and no new time for an update that changes nothing",
				describe(evs), a.UpdatedAt, got.UpdatedAt)
		}
	})
	t.Run("OKRefusedUpdateNoEvent", func(t *testing.T) {
		s := open(t)
		a := mustArticle(t, s, "Titel", "de", bodyDE)
		_, err := s.Articles.UpdateArticle(ctxAs(actorBen), a.ID, claims.ArticleUpdate{Title: ptr(""), Body: ptr(bodyEN)})
		wantCode(t, err, claims.EINVALID)
		if evs := kindHistory(t, s, a.ID, claims.RecordArticle); len(evs) != 0 {
			t.Fatalf("history after a refused update = %s, want none", describe(evs))
		}
	})
	t.Run("OKDeleted", func(t *testing.T) {
		s := open(t)
		a := mustArticle(t, s, "Weg", "de", bodyDE)
		_, err := s.Articles.UpdateArticle(ctxAs(actorBen), a.ID, claims.ArticleUpdate{Title: ptr("Bald weg")})
		noErr(t, err, "UpdateArticle")
		noErr(t, s.Articles.DeleteArticle(ctxAs(actorBen), a.ID), "DeleteArticle")
		evs := kindHistory(t, s, a.ID, claims.RecordArticle)
		var old claims.Article
		del := deletedRecord(t, evs, &old)
		if old.ID != a.ID || old.Title != "Bald weg" || old.Body != bodyDE || old.URL != a.URL || old.Language != "de" || del.Actor != actorBen {
			t.Fatalf("deleted event = %+v holding %+v, want the whole article by %q", del, old, actorBen)
		}
		if len(eventsFor(evs, claims.FieldTitle)) != 1 {
			t.Fatalf("history of a deleted article = %s, want the title change kept", describe(evs))
		}
	})
	t.Run("OKDeletedNotRestoredByBundle", func(t *testing.T) {
		s := open(t)
		a := mustArticle(t, s, "Gelöscht", "de", bodyDE)
		ds, snaps := exportDataset(t, s)
		noErr(t, s.Articles.DeleteArticle(ctxAs(actorBen), a.ID), "DeleteArticle")
		_, err := s.Exchange.MergeDataset(ctx, ds, snaps)
		noErr(t, err, "MergeDataset")
		_, err = s.Articles.FindArticleByID(ctx, a.ID)
		wantCode(t, err, claims.ENOTFOUND)
	})
}

// testSourceHistory checks a source's history: every changed field, an
// added snapshot, its deletion, and nothing for a refused deletion.
func testSourceHistory(t *testing.T, open Opener) {
	ctx := context.Background()
	t.Run("OKEveryField", func(t *testing.T) {
		s := open(t)
		src := mustSource(t, s, "Mietpreisindex")
		pub := time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC)
		acc := time.Date(2025, 3, 2, 9, 30, 0, 0, time.UTC)
		_, err := s.Sources.UpdateSource(ctxAs(actorBen), src.ID, claims.SourceUpdate{URL: ptr("https://destatis.de/m"),
			Title: ptr("Mietindex"), Publisher: ptr("Destatis"), Author: ptr("Amt"), PublishedAt: &pub, AccessedAt: &acc,
			Kind: ptr(claims.KindOfficial), Notes: ptr("Tabelle 3")})
		noErr(t, err, "UpdateSource")
		wantChanges(t, kindHistory(t, s, src.ID, claims.RecordSource), claims.RecordSource, src.ID, actorBen, [][3]string{
			{claims.FieldURL, "https://example.org/Mietpreisindex", "https://destatis.de/m"},
			{claims.FieldTitle, "Mietpreisindex", "Mietindex"}, {claims.FieldPublisher, "", "Destatis"},
			{claims.FieldAuthor, "", "Amt"}, {claims.FieldPublishedAt, "", "2025-01-10T00:00:00Z"},
			{claims.FieldAccessedAt, "", "2025-03-02T09:30:00Z"}, {claims.FieldKind, "statistics", "official"},
			{claims.FieldNotes, "", "Tabelle 3"},
		})
		_, err = s.Sources.UpdateSource(ctxAs(actorBen), src.ID, claims.SourceUpdate{Title: ptr("Mietindex"), Kind: ptr(claims.KindOfficial)})
		noErr(t, err, "UpdateSource")
		if evs := recordHistory(t, s, src.ID); len(evs) != 8 {
			t.Fatalf("history after an update that changes nothing = %s, want still 8 events", describe(evs))
		}
	})
	t.Run("OKSnapshotAdded", func(t *testing.T) {
		s := open(t)
		src := mustSource(t, s, "Bericht")
		for range 2 {
			_, err := s.Sources.AttachSnapshot(ctxAs(actorBen), src.ID, "bericht.txt", strings.NewReader("Seite 1"))
			noErr(t, err, "AttachSnapshot")
		}
		wantChanges(t, kindHistory(t, s, src.ID, claims.RecordSource), claims.RecordSource, src.ID, actorBen, [][3]string{
			{claims.FieldSnapshot, "", "bericht.txt (" + sha("Seite 1") + ")"},
		})
	})
	t.Run("OKDeleted", func(t *testing.T) {
		s := open(t)
		src := mustSource(t, s, "Pressemitteilung")
		_, err := s.Sources.AttachSnapshot(ctx, src.ID, "pm.txt", strings.NewReader("Wortlaut"))
		noErr(t, err, "AttachSnapshot")
		noErr(t, s.Sources.DeleteSource(ctxAs(actorBen), src.ID), "DeleteSource")
		evs := kindHistory(t, s, src.ID, claims.RecordSource)
		var old claims.Source
		del := deletedRecord(t, evs, &old)
		if old.ID != src.ID || old.Title != "Pressemitteilung" || old.URL != src.URL || old.Kind != claims.KindStatistics ||
			len(old.Snapshots) != 1 || old.Snapshots[0].SHA256 != sha("Wortlaut") || del.Actor != actorBen {
			t.Fatalf("deleted event = %+v holding %+v, want the whole source with its snapshot by %q", del, old, actorBen)
		}
	})
	t.Run("OKRefusedDeleteNoEvent", func(t *testing.T) {
		s := open(t)
		src := mustSource(t, s, "Benutzt")
		c := mustClaim(t, s, &claims.Claim{Text: "Die Mieten stiegen."})
		mustEvidence(t, s, c.ID, src.ID, claims.StanceSupports, "")
		wantCode(t, s.Sources.DeleteSource(ctxAs(actorBen), src.ID), claims.ECONFLICT)
		if evs := kindHistory(t, s, src.ID, claims.RecordSource); len(evs) != 0 {
			t.Fatalf("history after a refused delete = %s, want none", describe(evs))
		}
	})
}
