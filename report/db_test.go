package report_test

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"slices"
	"testing"

	"claimdesk/claims"
	"claimdesk/report"
	"claimdesk/storage/sqlite"
)

// mustOpenDB opens a fresh SQLite database in a temporary directory.
func mustOpenDB(tb testing.TB) claims.Services {
	tb.Helper()
	db, err := sqlite.Open(filepath.Join(tb.TempDir(), "claimdesk.db"))
	if err != nil {
		tb.Fatalf("open database: %v", err)
	}
	tb.Cleanup(func() { db.Close() })
	return db.Services()
}

// fixtureDB is a database holding the fixture, merged in as a bundle would be.
func fixtureDB(tb testing.TB) claims.Services {
	tb.Helper()
	svc := mustOpenDB(tb)
	if _, err := svc.Exchange.MergeDataset(context.Background(), fixtureDataset(), snapshotFiles); err != nil {
		tb.Fatalf("load the fixture: %v", err)
	}
	return svc
}

func collect(tb testing.TB, svc claims.Services, scope report.Scope) *report.Data {
	tb.Helper()
	d, err := report.Collect(context.Background(), svc, scope)
	if err != nil {
		tb.Fatalf("Collect(%+v): %v", scope, err)
	}
	d.GeneratedAt = generatedAt
	return d
}

// TestGoldenFromDatabase renders every format from the fixture database:
// the output must equal the golden files made from the fixture records.
func TestGoldenFromDatabase(t *testing.T) {
	data := collect(t, fixtureDB(t), report.Scope{})
	// The fixture arrived by a merge: its events are marked imported and the
	// database knows the versions it merged in, which the fixture lacks.
	if len(data.Versions) == 0 {
		t.Fatal("the merged fixture names no known versions")
	}
	data.Versions = nil
	for _, e := range data.Events {
		if !e.Imported {
			t.Fatalf("event %s is not marked imported", e.ID)
		}
		e.Imported = false
	}
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			checkGolden(t, tc.name, render(t, data, tc.opts))
		})
	}
}

// TestCollectForReadsWhatTheReportShows: CollectFor leaves out the history
// (and the earlier versions) where a format does not use them, and every
// format renders the same from it as from the full Collect.
func TestCollectForReadsWhatTheReportShows(t *testing.T) {
	svc := fixtureDB(t)
	full := collect(t, svc, report.Scope{})
	if len(full.Events) == 0 || len(full.Versions) == 0 {
		t.Fatal("the fixture has no history or versions to leave out")
	}
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			d, err := report.CollectFor(context.Background(), svc, report.Scope{}, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			d.GeneratedAt = generatedAt
			wantHistory := tc.opts.History || tc.opts.Format == report.JSON || tc.opts.Format == report.ClaimReview
			if got := len(d.Events) > 0; got != wantHistory {
				t.Errorf("%d events read, want history %v", len(d.Events), wantHistory)
			}
			if got := len(d.Versions) > 0; got != (tc.opts.Format == report.JSON) {
				t.Errorf("%d earlier versions read for %s", len(d.Versions), tc.opts.Format)
			}
			if !bytes.Equal(render(t, d, tc.opts), render(t, full, tc.opts)) {
				t.Error("the report differs from one written from the full Collect")
			}
		})
	}
}

func TestCollectScope(t *testing.T) {
	svc := fixtureDB(t)
	const a1, a2 = "a1000000-0000-4000-8000-000000000001", "a2000000-0000-4000-8000-000000000002"
	tests := []struct {
		name   string
		scope  report.Scope
		claims []string // ID prefixes, in report order
	}{
		{"Everything", report.Scope{}, []string{"c1", "c2", "c3", "c5", "c4"}},
		{"Article", report.Scope{ArticleID: a2}, []string{"c3", "c5"}},
		{"Status", report.Scope{Status: claims.StatusPublished}, []string{"c1", "c3"}},
		{"VerdictID", report.Scope{Verdict: "politifact:false"}, []string{"c3"}},
		{"VerdictLabelDE", report.Scope{Verdict: "größtenteils falsch"}, []string{"c1"}},
		{"VerdictLabelOtherScale", report.Scope{Verdict: "Missing context"}, []string{"c5"}},
		{"VerdictNone", report.Scope{Verdict: "none"}, []string{"c2", "c4"}},
		{"Tag", report.Scope{Tag: "jobs"}, []string{"c3"}},
		{"ArticleAndStatus", report.Scope{ArticleID: a1, Status: claims.StatusInReview}, []string{"c2"}},
		{"Nothing", report.Scope{Tag: "no-such-tag"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := collect(t, svc, tc.scope)
			var got []string
			for _, c := range d.Claims {
				got = append(got, c.ID[:2])
			}
			if !slices.Equal(got, tc.claims) {
				t.Fatalf("claims %v, want %v", got, tc.claims)
			}
			// Only what the claims use comes along.
			for _, e := range d.Evidence {
				if !slices.ContainsFunc(d.Claims, func(c *claims.Claim) bool { return c.ID == e.ClaimID }) {
					t.Errorf("evidence %s of a claim outside the scope", e.ID)
				}
			}
		})
	}
	if _, err := report.Collect(context.Background(), svc, report.Scope{Verdict: "vielleicht"}); claims.ErrorCode(err) != claims.EINVALID {
		t.Errorf("unknown verdict label: got %v, want EINVALID", err)
	}
	if _, err := report.Collect(context.Background(), svc, report.Scope{ArticleID: "missing"}); claims.ErrorCode(err) != claims.ENOTFOUND {
		t.Errorf("unknown article: got %v, want ENOTFOUND", err)
	}
}

// bundleOf writes the bundle of everything in svc.
func bundleOf(tb testing.TB, svc claims.Services) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := report.WriteBundle(context.Background(), &buf, collect(tb, svc, report.Scope{}), svc.Sources, nil); err != nil {
		tb.Fatalf("WriteBundle: %v", err)
	}
	return buf.Bytes()
}

func importInto(tb testing.TB, svc claims.Services, z []byte) *claims.MergeResult {
	tb.Helper()
	res, err := report.ImportBundle(context.Background(), svc, bytes.NewReader(z), int64(len(z)))
	if err != nil {
		tb.Fatalf("ImportBundle: %v", err)
	}
	return res
}

// TestBundleRoundTrip: bundle from A, import into an empty B, bundle B:
// the same records, and B's bundle names every version it merged in as
// known (Versions); a second import changes nothing.
func TestBundleRoundTrip(t *testing.T) {
	a, b := fixtureDB(t), mustOpenDB(t)
	za := bundleOf(t, a)
	first := importInto(t, b, za)
	if first.Created == 0 || first.Snapshots != len(snapshotFiles) {
		t.Fatalf("first import: %+v; want records and %d snapshots created", first, len(snapshotFiles))
	}
	zb := bundleOf(t, b)
	var da, db report.Document
	if err := json.Unmarshal(entry(t, za, report.DatasetName), &da); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(entry(t, zb, report.DatasetName), &db); err != nil {
		t.Fatal(err)
	}
	if n := len(db.Articles) + len(db.Claims) + len(db.Sources) + len(db.Evidence); len(db.Versions) != n {
		t.Fatalf("B's bundle names %d known versions, want one per record (%d)", len(db.Versions), n)
	}
	da.Versions, db.Versions = nil, nil
	if ja, jb := mustJSON(t, &da), mustJSON(t, &db); ja != jb {
		t.Fatalf("dataset after the round trip differs:\n%s\n---\n%s", ja, jb)
	}
	second := importInto(t, b, za)
	if second.Created != 0 || second.Updated != 0 || second.Kept != 0 || second.Snapshots != 0 {
		t.Fatalf("second import changed something: %+v", second)
	}
	if zb2 := bundleOf(t, b); !bytes.Equal(zb, zb2) {
		t.Fatal("a second import changed the database")
	}
}

// TestBundleConflictKeepsNewer: a claim changed later in B survives a
// second import of A's bundle, which changes nothing; the version from the
// bundle stays readable in the history.
func TestBundleConflictKeepsNewer(t *testing.T) {
	a, b := fixtureDB(t), mustOpenDB(t)
	za := bundleOf(t, a)
	importInto(t, b, za)
	const id = "c4000000-0000-4000-8000-000000000004"
	text := "Every third household owns an e-bike."
	if _, err := b.Claims.UpdateClaim(context.Background(), id, claims.ClaimUpdate{Text: &text}); err != nil {
		t.Fatal(err)
	}
	res := importInto(t, b, za)
	if res.Changed() || res.Updated != 0 {
		t.Fatalf("import after a local change: %+v; want nothing changed", res)
	}
	c, err := b.Claims.FindClaimByID(context.Background(), id)
	if err != nil || c.Text != text {
		t.Fatalf("claim after import: %v, %v; want the local text", c, err)
	}
	evs, _ := b.History.ClaimHistory(context.Background(), id)
	if !slices.ContainsFunc(evs, func(e *claims.Event) bool { return e.Field == claims.FieldText && e.New == text && e.Old != "" }) {
		t.Fatal("the bundle's version is not in the history")
	}
}

// TestBadBundleLeavesDatabaseAlone imports every bad bundle into an empty
// database: each fails and the database stays empty.
func TestBadBundleLeavesDatabaseAlone(t *testing.T) {
	svc := mustOpenDB(t)
	for _, tc := range badBundles {
		if tc.lim != nil {
			continue
		}
		z := buildBad(t, tc.build, tc.edit)
		if _, err := report.ImportBundle(context.Background(), svc, bytes.NewReader(z), int64(len(z))); err == nil {
			t.Errorf("%s: imported", tc.name)
		}
	}
	cs, n, err := svc.Claims.FindClaims(context.Background(), claims.ClaimFilter{})
	if err != nil || n != 0 || len(cs) != 0 {
		t.Fatalf("database after bad imports: %d claims, %v", n, err)
	}
	as, n, _ := svc.Articles.FindArticles(context.Background(), claims.ArticleFilter{})
	if n != 0 || len(as) != 0 {
		t.Fatalf("database after bad imports: %d articles", n)
	}
}

// BenchmarkCollect10k reads a report of 10,000 claims (with 20,000
// evidence links, 40,000 events and 1,000 articles and sources) from SQLite:
// everything, as for a bundle or JSON.
func BenchmarkCollect10k(b *testing.B) {
	benchmarkCollect(b, func(svc claims.Services) (*report.Data, error) {
		return report.Collect(context.Background(), svc, report.Scope{})
	})
}

// BenchmarkCollect10kHTML reads what an HTML report without history of
// the same records needs (CollectFor: no events, no earlier versions).
func BenchmarkCollect10kHTML(b *testing.B) {
	benchmarkCollect(b, func(svc claims.Services) (*report.Data, error) {
		return report.CollectFor(context.Background(), svc, report.Scope{}, report.Options{Format: report.HTML})
	})
}

func benchmarkCollect(b *testing.B, collect func(claims.Services) (*report.Data, error)) {
	ds := benchData(10_000).Dataset()
	for _, s := range ds.Sources {
		s.Snapshots = nil
	}
	svc := mustOpenDB(b)
	if _, err := svc.Exchange.MergeDataset(context.Background(), ds, nil); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		d, err := collect(svc)
		if err != nil || len(d.Claims) != 10_000 {
			b.Fatalf("Collect: %v, %d claims", err, len(d.Claims))
		}
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
