package backend_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"claimdesk/claims"
	"claimdesk/storage/backend"
	"claimdesk/storage/pgscratch"

	_ "github.com/jackc/pgx/v5/stdlib"
)

func open(t *testing.T, target string) *backend.Opened {
	t.Helper()
	o, err := backend.Open(target)
	if err != nil {
		t.Fatalf("open %s: %v", backend.Describe(target), err)
	}
	if o.Postgres != nil {
		o.Postgres.SetBackupDir(t.TempDir())
	}
	t.Cleanup(func() { o.Close() })
	return o
}

func must(t *testing.T, err error, what string) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// fill writes one of everything: an article with anchored claims, tags,
// an edited verdict (history), a custom scale made active, a source with a
// snapshot file, evidence, and a merged bundle version.
func fill(t *testing.T, s claims.Services) (deleted string) {
	ctx := claims.WithActor(context.Background(), "anna")
	a := &claims.Article{Title: "Mietspiegel", Language: "de", Body: "Die Mieten sind seit 2020 um 40 Prozent gestiegen. Kritiker zweifeln."}
	must(t, s.Articles.CreateArticle(ctx, a), "article")
	c := &claims.Claim{ArticleID: a.ID, Text: "Die Mieten sind seit 2020 um 40 Prozent gestiegen.",
		Anchor: &claims.Anchor{Start: 0, End: 51, Exact: "Die Mieten sind seit 2020 um 40 Prozent gestiegen."}, Tags: []string{"wohnen", "mieten"}, Score: 0.81}
	must(t, s.Claims.CreateClaim(ctx, c), "claim")
	sc := &claims.RatingScale{ID: "haus", Name: "Hausskala", Ratings: []claims.Rating{
		{ID: "haus:ok", LabelEN: "Correct", LabelDE: "Richtig", Color: "#00aa00", Ordinal: 2, Final: true},
		{ID: "haus:no", LabelEN: "Wrong", LabelDE: "Falsch", Color: "#aa0000", Ordinal: 0, Final: true}}}
	must(t, s.Scales.SaveScale(ctx, sc), "scale")
	must(t, s.Scales.SetActiveScale(ctx, "haus"), "active scale")
	_, err := s.Claims.UpdateClaim(claims.WithActor(ctx, "ben"), c.ID, claims.ClaimUpdate{RatingID: ptr("haus:no"), Status: ptr(claims.StatusPublished), Rationale: ptr("Laut Statistik 25 %.")})
	must(t, err, "update")
	src := &claims.Source{Title: "Mietspiegel 2025", URL: "https://example.org/miete", Kind: claims.KindStatistics}
	must(t, s.Sources.CreateSource(ctx, src), "source")
	_, err = s.Sources.AttachSnapshot(ctx, src.ID, "mietspiegel.html", strings.NewReader("<html><p>Miete +25 %</p></html>"))
	must(t, err, "snapshot")
	must(t, s.Evidence.CreateEvidence(ctx, &claims.Evidence{ClaimID: c.ID, SourceID: src.ID, Stance: claims.StanceRefutes, Excerpt: "Miete +25 %"}), "evidence")
	other := &claims.Claim{Text: "Ohne Artikel erfasst."}
	must(t, s.Claims.CreateClaim(ctx, other), "claim 2")
	must(t, s.Claims.DeleteClaim(ctx, other.ID), "delete") // history outlives the claim
	ds := &claims.Dataset{Version: claims.DatasetVersion, Claims: []*claims.Claim{{ID: "01a00000-0000-7000-8000-000000000001",
		Text: "Aus einem Bündel.", Status: claims.StatusNew, CreatedAt: time.Now().UTC().Add(-time.Hour), UpdatedAt: time.Now().UTC().Add(-time.Hour)}}}
	_, err = s.Exchange.MergeDataset(ctx, ds, nil)
	must(t, err, "merge")
	fillArchive(t, ctx, s, c.ID, ds.Claims[0].ID)
	return other.ID
}

// fillArchive imports an archive of earlier checks, links claim c to one of
// its records and to claim o, and dismisses the other record.
func fillArchive(t *testing.T, ctx context.Context, s claims.Services, c, o string) {
	imp := &claims.ArchiveImport{Name: "Faktencheck-Archiv", Publisher: "Beispiel-Redaktion", SHA256: "ab12cd34",
		Records: []*claims.ArchiveRecord{
			{Key: "https://example.org/fc/1", Text: "Mieten seit 2020 um 40 Prozent gestiegen.", Verdict: "falsch",
				URL: "https://example.org/fc/1", ClaimDate: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), Language: "de"},
			{Key: "https://example.org/fc/2", Text: "Kritiker zweifeln an der Statistik.", Verdict: "unbelegt"}}}
	_, err := s.Archives.ImportArchive(ctx, imp)
	must(t, err, "archive")
	must(t, s.Archives.Link(ctx, claims.LinkRequest{ClaimID: c, Kind: claims.TargetRecord, TargetID: imp.Records[0].ID}), "link record")
	must(t, s.Archives.Link(ctx, claims.LinkRequest{ClaimID: c, Kind: claims.TargetClaim, TargetID: o}), "link claim")
	must(t, s.Archives.Dismiss(ctx, c, claims.TargetRecord, imp.Records[1].ID), "dismiss")
}

func ptr[T any](v T) *T { return &v }

// dump describes everything a database holds, through the services.
func dump(t *testing.T, s claims.Services, deleted string) string {
	ctx := context.Background()
	var b strings.Builder
	put := func(label string, v any) {
		j, err := json.Marshal(v)
		must(t, err, label)
		fmt.Fprintf(&b, "%s: %s\n", label, j)
	}
	cs, _, err := s.Claims.FindClaims(ctx, claims.ClaimFilter{Sort: claims.SortCreated})
	must(t, err, "claims")
	put("claims", cs)
	var ids []string
	for _, c := range cs {
		ids = append(ids, c.ID, c.ArticleID)
		_, ev, err := s.History.RecordHistory(ctx, c.ID)
		if claims.ErrorCode(err) != claims.ENOTFOUND { // a merged claim may have none
			must(t, err, "history")
		}
		put("history "+c.ID, ev)
	}
	ev, err := s.History.ClaimHistory(ctx, deleted)
	put("deleted "+deleted, ev)
	put("deleted error", claims.ErrorCode(err))
	as, _, err := s.Articles.FindArticles(ctx, claims.ArticleFilter{})
	must(t, err, "articles")
	put("articles", as)
	ss, _, err := s.Sources.FindSources(ctx, claims.SourceFilter{})
	must(t, err, "sources")
	put("sources", ss)
	for _, src := range ss {
		ids = append(ids, src.ID)
		for _, sn := range src.Snapshots {
			r, err := s.Sources.OpenSnapshot(ctx, sn.SHA256)
			must(t, err, "open snapshot")
			body, _ := io.ReadAll(r)
			r.Close()
			put("snapshot "+sn.SHA256, string(body))
		}
	}
	es, err := s.Evidence.FindEvidence(ctx, claims.EvidenceFilter{})
	must(t, err, "evidence")
	put("evidence", es)
	scales, err := s.Scales.FindScales(ctx)
	must(t, err, "scales")
	put("scales", scales)
	act, err := s.Scales.ActiveScale(ctx)
	must(t, err, "active")
	put("active", act.ID)
	vs, err := s.History.KnownVersions(ctx, append(ids, "01a00000-0000-7000-8000-000000000001"))
	must(t, err, "versions")
	put("versions", vs)
	dumpArchives(t, s, cs, put)
	return b.String()
}

// TestCopyBothWays copies an SQLite database to PostgreSQL and back, and
// checks that all three hold the same records, history, versions and
// snapshot contents, and that search works in each copy.
func TestCopyBothWays(t *testing.T) {
	server := pgscratch.Schema(t, "copy")
	dir := t.TempDir()
	a := open(t, filepath.Join(dir, "a.db"))
	gone := fill(t, a.Services)
	want := dump(t, a.Services, gone)

	pg := open(t, server)
	_, err := backend.Copy(context.Background(), a, pg)
	must(t, err, "copy to PostgreSQL")
	if got := dump(t, pg.Services, gone); got != want {
		t.Fatalf("PostgreSQL copy differs:\n got: %s\nwant: %s", got, want)
	}
	b := open(t, filepath.Join(dir, "sub", "b.db"))
	_, err = backend.Copy(context.Background(), pg, b)
	must(t, err, "copy back to SQLite")
	if got := dump(t, b.Services, gone); got != want {
		t.Fatalf("SQLite copy of the copy differs:\n got: %s\nwant: %s", got, want)
	}
	for _, o := range []*backend.Opened{pg, b} {
		hits, _, err := o.Services.Search.Search(context.Background(), claims.SearchQuery{Text: "Mieten"})
		if err != nil || len(hits) == 0 {
			t.Errorf("search in %s: %d hits, %v", o.Location, len(hits), err)
		}
		// a copy keeps working: a new claim gets a key after the copied ones
		must(t, o.Services.Claims.CreateClaim(claims.WithActor(context.Background(), "cem"), &claims.Claim{Text: "Nach der Kopie."}), "claim after copy")
	}
}

// TestCopyRefusesNonEmpty checks that a target holding records is refused
// and left as it was.
func TestCopyRefusesNonEmpty(t *testing.T) {
	dir := t.TempDir()
	a := open(t, filepath.Join(dir, "a.db"))
	gone := fill(t, a.Services)
	targets := []string{filepath.Join(dir, "b.db")}
	if os.Getenv("CLAIMDESK_TEST_POSTGRES") != "" {
		targets = append(targets, pgscratch.Schema(t, "copy"))
	}
	for _, target := range targets {
		b := open(t, target)
		must(t, b.Services.Claims.CreateClaim(claims.WithActor(context.Background(), "ben"), &claims.Claim{Text: "Schon da."}), "claim")
		before := dump(t, b.Services, gone)
		_, err := backend.Copy(context.Background(), a, b)
		if claims.ErrorCode(err) != claims.ECONFLICT || !strings.Contains(claims.ErrorMessage(err), "not empty") {
			t.Fatalf("copy into a non-empty %s: %v, want ECONFLICT", b.Location, err)
		}
		if after := dump(t, b.Services, gone); after != before {
			t.Fatalf("the refused copy changed %s", b.Location)
		}
	}
}

// dumpArchives describes the archives, their records and each claim's
// links and dismissals.
func dumpArchives(t *testing.T, s claims.Services, cs []*claims.Claim, put func(string, any)) {
	ctx := context.Background()
	as, err := s.Archives.Archives(ctx)
	must(t, err, "archives")
	put("archives", as)
	ts, err := s.Archives.MatchTargets(ctx)
	must(t, err, "match targets")
	put("targets", ts)
	linked, err := s.Archives.ClaimsWithEarlierCheck(ctx)
	must(t, err, "linked claims")
	put("linked", linked)
	for _, c := range cs {
		g, err := s.Archives.Group(ctx, c.ID)
		must(t, err, "group")
		put("group "+c.ID, g)
		d, err := s.Archives.Dismissed(ctx, c.ID)
		must(t, err, "dismissed")
		put("dismissed "+c.ID, d)
	}
}

// TestCopyOnlyCreatedEvents copies a fresh desk whose history holds nothing
// but "created" events (SQLite keeps those apart, with seq numbers below
// the event rows') to PostgreSQL: the copy succeeds, keeps the history, and
// later edits on the server are recorded after it.
func TestCopyOnlyCreatedEvents(t *testing.T) {
	server := pgscratch.Schema(t, "copy")
	ctx := claims.WithActor(context.Background(), "ada")
	a := open(t, filepath.Join(t.TempDir(), "a.db"))
	c := &claims.Claim{Text: "Nur angelegt, nie geändert."}
	must(t, a.Services.Claims.CreateClaim(ctx, c), "claim")
	pg := open(t, server)
	_, err := backend.Copy(context.Background(), a, pg)
	must(t, err, "copy to PostgreSQL")
	_, err = pg.Services.Claims.UpdateClaim(ctx, c.ID, claims.ClaimUpdate{Rationale: ptrTo("Nach der Kopie geprüft.")})
	must(t, err, "edit after the copy")
	es, err := pg.Services.History.ClaimHistory(context.Background(), c.ID)
	must(t, err, "history")
	if len(es) != 2 || es[0].Field != claims.FieldCreated || es[1].Field != claims.FieldRationale {
		t.Fatalf("history after copy and edit = %+v, want created, then the rationale", es)
	}
}

func ptrTo[T any](v T) *T { return &v }
