package sqlite_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"claimdesk/claims"
	"claimdesk/storage/sqlite"
)

// TestMergeRecords covers what the conformance suite leaves to backends:
// snapshot files land content-addressed beside the database, sources and
// evidence follow "newer wins", and a changed article body re-anchors.
func TestMergeRecords(t *testing.T) {
	a, b := MustOpenDB(t), MustOpenDB(t)
	sa, sb := a.Services(), b.Services()
	body := "Laut Amt sank die Zahl der Unfälle 2024 um acht Prozent."
	art := &claims.Article{Title: "Unfälle", Body: body}
	if err := sa.Articles.CreateArticle(ctx, art); err != nil {
		t.Fatal(err)
	}
	quote := "sank die Zahl der Unfälle 2024 um acht Prozent"
	i := strings.Index(body, quote)
	an, _ := claims.MakeAnchor(body, i, i+len(quote))
	c := &claims.Claim{ArticleID: art.ID, Text: quote, Anchor: an}
	if err := sa.Claims.CreateClaim(ctx, c); err != nil {
		t.Fatal(err)
	}
	src := &claims.Source{Title: "Statistisches Amt", Kind: claims.KindStatistics}
	if err := sa.Sources.CreateSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	content := []byte("%PDF-1.4 Unfallstatistik")
	sn, err := sa.Sources.AttachSnapshot(ctx, src.ID, "unfaelle.pdf", strings.NewReader(string(content)))
	if err != nil {
		t.Fatal(err)
	}
	src, _ = sa.Sources.FindSourceByID(ctx, src.ID)
	ev := &claims.Evidence{ClaimID: c.ID, SourceID: src.ID, Stance: claims.StanceSupports}
	if err := sa.Evidence.CreateEvidence(ctx, ev); err != nil {
		t.Fatal(err)
	}
	c, _ = sa.Claims.FindClaimByID(ctx, c.ID)
	evs, _ := sa.History.ClaimHistory(ctx, c.ID)
	ds := &claims.Dataset{Version: claims.DatasetVersion, Articles: []*claims.Article{art}, Claims: []*claims.Claim{c},
		Sources: []*claims.Source{src}, Evidence: []*claims.Evidence{ev}, Events: evs}
	snaps := map[string][]byte{sn.SHA256: content}

	res, err := sb.Exchange.MergeDataset(ctx, ds, snaps)
	if err != nil {
		t.Fatal(err)
	}
	if res.Created != 4 || res.Snapshots != 1 {
		t.Fatalf("first merge = %+v", *res)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(b.Path()), "snapshots", sn.SHA256[:2], sn.SHA256)); err != nil {
		t.Fatalf("snapshot file: %v", err)
	}
	if err := sb.Maintenance.Check(ctx); err != nil {
		t.Fatal(err)
	}
	if _, n, _ := sb.Search.Search(ctx, claims.SearchQuery{Text: "Unfälle"}); n != 2 {
		t.Fatalf("merged records not searchable: %d hits", n)
	}

	// Newer source and evidence win; an older one is kept out.
	later := time.Now().Add(time.Hour).UTC()
	src2, ev2 := *src, *ev
	src2.Title, src2.UpdatedAt = "Statistisches Bundesamt", later
	ev2.Note, ev2.UpdatedAt = "Tabelle 3", later
	art2 := *art
	art2.Body, art2.UpdatedAt = "Vorbemerkung. "+body, later
	res, err = sb.Exchange.MergeDataset(ctx, &claims.Dataset{Version: claims.DatasetVersion,
		Articles: []*claims.Article{&art2}, Sources: []*claims.Source{&src2}, Evidence: []*claims.Evidence{&ev2}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Updated != 3 {
		t.Fatalf("second merge = %+v, want 3 updated", *res)
	}
	gotSrc, _ := sb.Sources.FindSourceByID(ctx, src.ID)
	gotEv, _ := sb.Evidence.FindEvidenceByID(ctx, ev.ID)
	if gotSrc.Title != src2.Title || len(gotSrc.Snapshots) != 1 || gotEv.Note != "Tabelle 3" {
		t.Fatalf("source %+v, evidence %+v", gotSrc, gotEv)
	}
	gotC, _ := sb.Claims.FindClaimByID(ctx, c.ID)
	if gotC.Detached || art2.Body[gotC.Anchor.Start:gotC.Anchor.End] != quote {
		t.Fatalf("claim not re-anchored in the merged body: %+v", gotC.Anchor)
	}
	older := *src
	older.Title, older.UpdatedAt = "Altes Amt", src.UpdatedAt.Add(-time.Hour)
	res, err = sb.Exchange.MergeDataset(ctx, &claims.Dataset{Version: claims.DatasetVersion, Sources: []*claims.Source{&older}}, nil)
	if err != nil || res.Kept != 1 {
		t.Fatalf("older source: %+v, %v", res, err)
	}
	if got, _ := sb.Sources.FindSourceByID(ctx, src.ID); got.Title != src2.Title {
		t.Fatalf("older source overwrote the newer: %q", got.Title)
	}
	_, srcEvs, err := sb.History.RecordHistory(ctx, src.ID)
	if err != nil || !slices.ContainsFunc(srcEvs, func(e *claims.Event) bool {
		return e.Field == claims.FieldMerged && strings.Contains(e.Old, "Altes Amt")
	}) {
		t.Fatalf("the older source is not in the source's history: %v", err)
	}

	t.Run("ErrSnapshotChecksum", func(t *testing.T) {
		c := MustOpenDB(t).Services()
		bad := map[string][]byte{sn.SHA256: []byte("tampered")}
		if _, err := c.Exchange.MergeDataset(ctx, ds, bad); code(err) != claims.EINVALID {
			t.Fatalf("MergeDataset = %v", err)
		}
	})
	t.Run("ErrDanglingReference", func(t *testing.T) {
		c := MustOpenDB(t).Services()
		orphan := &claims.Claim{ID: "0190aaaa-0000-7000-8000-000000000001", ArticleID: "missing", Text: "x"}
		only := &claims.Dataset{Version: claims.DatasetVersion, Claims: []*claims.Claim{orphan}}
		if _, err := c.Exchange.MergeDataset(ctx, only, nil); code(err) != claims.EINVALID {
			t.Fatalf("MergeDataset = %v", err)
		}
	})
}

// TestMergeBackup: a merge that writes leaves a backup file beside the
// database, taken before it; one that changes nothing takes none.
func TestMergeBackup(t *testing.T) {
	a, b := MustOpenDB(t), MustOpenDB(t)
	sa, sb := a.Services(), b.Services()
	c := &claims.Claim{Text: "Die Brücke ist seit 2019 gesperrt."}
	if err := sa.Claims.CreateClaim(ctx, c); err != nil {
		t.Fatal(err)
	}
	c, _ = sa.Claims.FindClaimByID(ctx, c.ID)
	ds := &claims.Dataset{Version: claims.DatasetVersion, Claims: []*claims.Claim{c}}
	res, err := sb.Exchange.MergeDataset(ctx, ds, nil)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Dir(res.Backup) != sqlite.BackupDir(b.Path()) {
		t.Fatalf("backup %q, want one in %s", res.Backup, sqlite.BackupDir(b.Path()))
	}
	bk, err := sqlite.Open(res.Backup)
	if err != nil {
		t.Fatal(err)
	}
	defer bk.Close()
	if _, n, _ := bk.Services().Claims.FindClaims(ctx, claims.ClaimFilter{}); n != 0 {
		t.Fatalf("the backup holds %d claims, want the state before the merge (none)", n)
	}
	again, err := sb.Exchange.MergeDataset(ctx, ds, nil)
	if err != nil || again.Backup != "" || again.Changed() {
		t.Fatalf("second merge = %+v, %v; want nothing changed and no backup", again, err)
	}
}

// BenchmarkMergeDataset merges 2,000 claims into an empty database (the
// dry run, the backup and the merge), then the same dataset again (a dry
// run that finds nothing to do).
func BenchmarkMergeDataset(b *testing.B) {
	src := MustOpenDB(b).Services()
	cs := make([]*claims.Claim, 2000)
	for i := range cs {
		cs[i] = &claims.Claim{Text: "Behauptung Nummer " + strings.Repeat("x", i%50) + time.Duration(i).String()}
	}
	if err := src.Claims.CreateClaims(ctx, cs); err != nil {
		b.Fatal(err)
	}
	all, _, _ := src.Claims.FindClaims(ctx, claims.ClaimFilter{})
	ds := &claims.Dataset{Version: claims.DatasetVersion, Claims: all}
	for _, name := range []string{"First", "Again"} {
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				dst := MustOpenDB(b).Services()
				if name == "Again" {
					if _, err := dst.Exchange.MergeDataset(ctx, ds, nil); err != nil {
						b.Fatal(err)
					}
				}
				b.StartTimer()
				if _, err := dst.Exchange.MergeDataset(ctx, ds, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
