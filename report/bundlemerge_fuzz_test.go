package report_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"claimdesk/claims"
	"claimdesk/report"
	"claimdesk/storage/sqlite"
)

// mergeBase is the database every input of FuzzMerge is merged into.
type mergeBase struct {
	file    []byte            // the closed database file, copied for each input
	records map[string]record // its records (snapshotRecords)
}

// mergeTemplate builds a database holding the fixture, merged in, with
// local edits on top (so that merges meet changed records), and returns its
// file, read once the database is closed, with its records.
func mergeTemplate(tb testing.TB) mergeBase {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "template.db")
	db, err := sqlite.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	svc := db.Services()
	ctx := claims.WithActor(context.Background(), "ben")
	if _, err := svc.Exchange.MergeDataset(ctx, fixtureDataset(), snapshotFiles); err != nil {
		tb.Fatal(err)
	}
	ds := fixtureDataset()
	text := "Lokal geändert: " + ds.Claims[0].Text
	if _, err := svc.Claims.UpdateClaim(ctx, ds.Claims[0].ID, claims.ClaimUpdate{Text: &text}); err != nil {
		tb.Fatal(err)
	}
	title := "Lokal: " + ds.Sources[0].Title
	if _, err := svc.Sources.UpdateSource(ctx, ds.Sources[0].ID, claims.SourceUpdate{Title: &title}); err != nil {
		tb.Fatal(err)
	}
	records := snapshotRecords(tb, svc)
	if err := db.Close(); err != nil {
		tb.Fatal(err)
	}
	file, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return mergeBase{file: file, records: records}
}

// openCopy opens a copy of the database file base.
func openCopy(t *testing.T, base []byte) claims.Services {
	t.Helper()
	path := filepath.Join(t.TempDir(), "claimdesk.db")
	if err := os.WriteFile(path, base, 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db.Services()
}

// bundleOfDocument zips a dataset.json with the fixture's snapshot files
// its sources name, with a correct manifest.
func bundleOfDocument(t testing.TB, doc []byte) []byte {
	s := &bundleSpec{version: report.BundleVersion, entries: []zipEntry{{name: report.DatasetName, data: doc}}}
	var d report.Document
	if json.Unmarshal(doc, &d) == nil {
		seen := map[string]bool{}
		for _, src := range d.Sources {
			for _, sn := range src.Snapshots {
				if b, ok := snapshotFiles[sn.SHA256]; ok && src != nil && !seen[sn.SHA256] {
					seen[sn.SHA256] = true
					s.entries = append(s.entries, zipEntry{name: report.SnapshotPrefix + sn.SHA256, data: b})
				}
			}
		}
	}
	return s.zip(t)
}

// mergeSeeds are dataset.json variants: the fixture as exported, edited
// the ways a colleague or an attacker would.
func mergeSeeds(tb testing.TB) [][]byte {
	var out [][]byte
	later := time.Now().UTC().Add(-time.Minute)
	for _, edit := range []func(*report.Document){
		func(*report.Document) {},
		func(d *report.Document) { d.Claims[0].Text, d.Claims[0].UpdatedAt = "Beim Kollegen geändert.", later },
		func(d *report.Document) { d.Claims[1].Rationale, d.Claims[1].UpdatedAt = "Neue Begründung.", later },
		func(d *report.Document) { d.Sources[0].Title, d.Sources[0].UpdatedAt = "Fremd geändert", later },
		func(d *report.Document) {
			d.Articles[0].Body, d.Articles[0].BodySHA256, d.Articles[0].UpdatedAt = "Vorweg. "+d.Articles[0].Body, "", later
		},
		func(d *report.Document) { d.Evidence[0].Stance, d.Evidence[0].UpdatedAt = claims.StanceSupports, later },
		func(d *report.Document) { d.Claims[0].UpdatedAt = time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC) },
		func(d *report.Document) {
			sc := claims.PresetScales()[0]
			sc.Ratings[0].LabelEN, sc.Ratings[len(sc.Ratings)-1].LabelEN = sc.Ratings[len(sc.Ratings)-1].LabelEN, sc.Ratings[0].LabelEN
			d.Scales = append(d.Scales, sc)
		},
		func(d *report.Document) {
			d.Events = append(d.Events, &claims.Event{ID: "f0000000-0000-4000-8000-0000000000ff", ClaimID: "c9000000-0000-4000-8000-000000000009",
				At: later, Actor: "mallory", Field: claims.FieldRating, New: "politifact:true"})
		},
	} {
		d := report.Document{Format: report.DocumentFormat, GeneratedAt: generatedAt, Dataset: *fixtureDataset()}
		edit(&d)
		b, err := json.Marshal(&d)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

// FuzzMerge feeds mutated datasets through ReadBundle and the merge into
// a database that already holds the fixture with local edits, and checks
// the merge's promises (docs/exchange.md): no panic, only EINVALID or
// ECONFLICT as errors, no record lost, every local version that is no
// longer current kept in its history, and the same bundle merged again
// changes nothing. Most mutations break the bundle and ReadBundle, which
// touches no database, rejects them; only a bundle it accepts is merged
// into a fresh copy of the database (about a hundred times the cost).
func FuzzMerge(f *testing.F) {
	for _, s := range mergeSeeds(f) {
		f.Add(s)
	}
	for _, s := range hostileMergeSeeds(f) {
		f.Add(s)
	}
	base := mergeTemplate(f)
	f.Fuzz(func(t *testing.T, doc []byte) {
		ctx := context.Background()
		z := bundleOfDocument(t, doc)
		b, err := report.ReadBundle(ctx, bytes.NewReader(z), int64(len(z)), report.DefaultLimits)
		if err != nil {
			checkMergeError(t, err)
			return // ReadBundle touches no database
		}
		svc, before := openCopy(t, base.file), base.records
		res, err := svc.Exchange.MergeDataset(ctx, &b.Document.Dataset, b.Snapshots)
		if err != nil {
			checkMergeError(t, err)
			if after := snapshotRecords(t, svc); !reflect.DeepEqual(before, after) {
				t.Fatal("a failed merge changed the database")
			}
			return
		}
		after := snapshotRecords(t, svc)
		for key, old := range before {
			cur, ok := after[key]
			if !ok {
				t.Fatalf("%s disappeared in the merge", key)
			}
			if !reflect.DeepEqual(old.fields, cur.fields) && !inHistory(t, svc, old, cur.fields) {
				t.Fatalf("the local version of %s was replaced and is not in its history", key)
			}
		}
		again, err := report.ImportBundle(ctx, svc, bytes.NewReader(z), int64(len(z)))
		if err != nil {
			t.Fatalf("the same bundle again: %v", err)
		}
		if again.Changed() {
			t.Fatalf("the same bundle again changed something: %+v (first: %+v)", *again, *res)
		}
		if final := snapshotRecords(t, svc); !reflect.DeepEqual(after, final) {
			t.Fatal("the same bundle again changed the records")
		}
	})
}

// checkMergeError fails t unless err is one a merge may end with: EINVALID
// (a bundle or dataset rejected) or ECONFLICT.
func checkMergeError(t *testing.T, err error) {
	t.Helper()
	if c := claims.ErrorCode(err); c != claims.EINVALID && c != claims.ECONFLICT {
		t.Fatalf("merge failed with %q: %v", c, err)
	}
}

// record is one record as JSON fields, with where its history is kept.
type record struct {
	histID string
	fields map[string]any
}

// snapshotRecords reads every article, claim, source and evidence link.
func snapshotRecords(t testing.TB, svc claims.Services) map[string]record {
	t.Helper()
	ctx := context.Background()
	out := map[string]record{}
	add := func(kind, id, histID string, v any) {
		out[kind+"/"+id] = record{histID: histID, fields: jsonFields(t, v)}
	}
	as, _, err := svc.Articles.FindArticles(ctx, claims.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range as {
		add("article", a.ID, a.ID, a)
	}
	cs, _, err := svc.Claims.FindClaims(ctx, claims.ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		add("claim", c.ID, c.ID, c)
	}
	ss, _, err := svc.Sources.FindSources(ctx, claims.SourceFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range ss {
		s.Snapshots = nil // snapshots merge as a set, outside versions
		add("source", s.ID, s.ID, s)
	}
	es, err := svc.Evidence.FindEvidence(ctx, claims.EvidenceFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		add("evidence", e.ID, e.ClaimID, e)
	}
	return out
}

func jsonFields(t testing.TB, v any) map[string]any {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// inHistory reports whether a merged event of the record's history keeps
// exactly this version, or, for a claim re-anchored because the merge
// replaced its article's body, an anchor event keeps the old place.
func inHistory(t *testing.T, svc claims.Services, r record, cur map[string]any) bool {
	_, evs, err := svc.History.RecordHistory(context.Background(), r.histID)
	if err != nil {
		return false
	}
	if onlyAnchorMoved(r.fields, cur) && slices.ContainsFunc(evs, func(e *claims.Event) bool { return e.Field == claims.FieldAnchor }) {
		return true
	}
	for _, e := range evs {
		if e.Field != claims.FieldMerged || !strings.HasPrefix(e.Old, "{") {
			continue
		}
		var m map[string]any
		if json.Unmarshal([]byte(e.Old), &m) == nil && reflect.DeepEqual(m, r.fields) {
			return true
		}
	}
	return false
}

// onlyAnchorMoved reports whether two versions of a claim differ only in
// where the claim sits in its article and when that changed.
func onlyAnchorMoved(a, b map[string]any) bool {
	strip := func(m map[string]any) map[string]any {
		c := map[string]any{}
		for k, v := range m {
			switch k {
			case "anchor", "detached", "updated_at", "updated_by":
			default:
				c[k] = v
			}
		}
		return c
	}
	return reflect.DeepEqual(strip(a), strip(b))
}
