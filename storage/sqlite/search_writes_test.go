package sqlite

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"claimdesk/claims"
	"claimdesk/storage/sqlite/internal/benchgen"
)

// sameAsFTS5 checks that db's index answers each query as FTS5 does.
func sameAsFTS5(t *testing.T, db *DB, step string, queries ...string) {
	t.Helper()
	for _, text := range queries {
		q := claims.SearchQuery{Text: text, Limit: 20}
		want, wantTotal := searchBy(t, db, q, true)
		got, gotTotal := searchBy(t, db, q, false)
		if d := diffHits(got, want); d != "" || gotTotal != wantTotal {
			t.Fatalf("%s, %q: total %d, FTS5 %d; %s", step, text, gotTotal, wantTotal, d)
		}
	}
}

// TestIndexFollowsWrites changes claims through a second connection to
// the same file (as claimctl does while the window is open) and through
// the indexed one itself, in a random walk of adds, edits of each indexed
// column, deletions and bulk adds, and checks after every step that the
// index answers as FTS5 does.
func TestIndexFollowsWrites(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "writes.db")
	db := openIndexed(t, path)
	fillBench(t, db, 400)
	other, err := Open(path) // another process's store: its own pool and index
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	queries := []string{benchgen.CommonTerm, "zebrafink", "zeb", "grünfink", "gruenfink", "ministerium regierung"}
	sameAsFTS5(t, db, "start", queries...)
	r := rand.New(rand.NewPCG(7, 13))
	var ids, sources, evidence []string
	steps := 80
	if raceDetector {
		steps = 30
	}
	for step := 0; step < steps; step++ {
		svc := []claims.Services{db.Services(), other.Services()}[r.IntN(2)]
		text := fmt.Sprintf("%s zebrafink %d grünfink", benchgen.Text(1000+step), step)
		var what string
		switch op := r.IntN(9); {
		case op == 6 && len(ids) > 0:
			src := &claims.Source{URL: fmt.Sprintf("https://example.org/z/%d", step), Title: "Zebrafink " + text[:20], Kind: claims.KindNews}
			if err := svc.Sources.CreateSource(ctx, src); err != nil {
				t.Fatal(err)
			}
			ev := &claims.Evidence{ClaimID: ids[r.IntN(len(ids))], SourceID: src.ID, Stance: claims.StanceSupports, Excerpt: text}
			if err := svc.Evidence.CreateEvidence(ctx, ev); err != nil {
				t.Fatal(err)
			}
			sources, evidence, what = append(sources, src.ID), append(evidence, ev.ID), "add source and evidence"
		case op == 7 && len(evidence) > 0:
			note := "grünfink " + text
			if _, err := svc.Evidence.UpdateEvidence(ctx, evidence[r.IntN(len(evidence))], claims.EvidenceUpdate{Note: &note}); err != nil {
				t.Fatal(err)
			}
			what = "edit evidence"
		case op == 8 && len(sources) > 0:
			i := r.IntN(len(sources))
			if r.IntN(2) == 0 {
				publisher := "Zebrafink Verlag"
				if _, err := svc.Sources.UpdateSource(ctx, sources[i], claims.SourceUpdate{Publisher: &publisher}); err != nil {
					t.Fatal(err)
				}
				what = "edit source"
				break
			}
			if err := svc.Sources.DeleteSource(ctx, sources[i]); err != nil {
				t.Fatal(err)
			}
			sources, what = append(sources[:i], sources[i+1:]...), "delete source"
		case op == 0 || op > 5 || len(ids) == 0:
			c := &claims.Claim{Text: text, Status: claims.StatusNew}
			if err := svc.Claims.CreateClaim(ctx, c); err != nil {
				t.Fatal(err)
			}
			ids, what = append(ids, c.ID), "add"
		case op == 1:
			var cs []*claims.Claim
			for i := range 30 {
				cs = append(cs, &claims.Claim{Text: fmt.Sprintf("%s zebrafink%d", benchgen.Text(step*100+i), i), Status: claims.StatusNew})
			}
			if err := svc.Claims.CreateClaims(ctx, cs); err != nil {
				t.Fatal(err)
			}
			for _, c := range cs {
				ids = append(ids, c.ID)
			}
			what = "bulk add"
		case op == 2:
			i := r.IntN(len(ids))
			if err := svc.Claims.DeleteClaim(ctx, ids[i]); err != nil {
				t.Fatal(err)
			}
			ids, what = append(ids[:i], ids[i+1:]...), "delete"
		default:
			id := ids[r.IntN(len(ids))]
			upd := claims.ClaimUpdate{}
			switch op {
			case 3:
				upd.Text, what = &text, "edit text"
			case 4:
				upd.Rationale, what = &text, "edit rationale"
			default:
				claimant := "Zebrafink Verband"
				upd.Claimant, upd.Conclusion, what = &claimant, &text, "edit claimant and conclusion"
			}
			if _, err := svc.Claims.UpdateClaim(ctx, id, upd); err != nil {
				t.Fatal(err)
			}
		}
		sameAsFTS5(t, db, fmt.Sprintf("step %d (%s)", step, what), queries...)
	}
}

// TestIndexRebuildsAfterLostChanges checks that an index whose changes
// were pruned from the log before it read them is rebuilt, not left
// behind.
func TestIndexRebuildsAfterLostChanges(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "lost.db")
	db := openIndexed(t, path)
	fillBench(t, db, 200)
	sameAsFTS5(t, db, "start", benchgen.CommonTerm)
	other, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	found, _, err := other.Services().Claims.FindClaims(ctx, claims.ClaimFilter{Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range found {
		text := "zebrafink " + c.Text
		if _, err := other.Services().Claims.UpdateClaim(ctx, c.ID, claims.ClaimUpdate{Text: &text}); err != nil {
			t.Fatal(err)
		}
	}
	// As if 10,000 later changes had pushed the first out of the log.
	if _, err := other.s.db.Exec("DELETE FROM search_changes WHERE id = (SELECT min(id) FROM search_changes)"); err != nil {
		t.Fatal(err)
	}
	q := claims.SearchQuery{Text: "zebrafink", Limit: 20}
	if hits, total := searchBy(t, db, q, true); total != 2 || len(hits) != 2 {
		t.Fatalf("FTS5 found %d (%d hits), want 2", total, len(hits))
	}
	c := db.s.indexes[claims.HitClaim]
	before := c.slot.Answered()
	if _, _, err := db.Services().Search.Search(ctx, q); err != nil {
		t.Fatal(err)
	}
	if c.slot.Answered() != before {
		t.Fatal("the index answered although it missed changes")
	}
	if why, err := db.WaitSearchIndex(ctx); err != nil || why != "" {
		t.Fatalf("search index: %q, %v", why, err)
	}
	sameAsFTS5(t, db, "rebuilt", "zebrafink", benchgen.CommonTerm)
}

// TestIndexStandsAsideWithoutChangeLog checks that an index whose table's
// changes are no longer logged (a migration rebuilt the table and dropped
// its triggers) stands aside and FTS5 answers.
func TestIndexStandsAsideWithoutChangeLog(t *testing.T) {
	path := filepath.Join(t.TempDir(), "aside.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.s.db.Exec("DROP TRIGGER search_changes_claims_update"); err != nil {
		t.Fatal(err)
	}
	why, err := db.WaitSearchIndex(context.Background())
	if err != nil || why == "" {
		t.Fatalf("search index: %q, %v; want it to stand aside", why, err)
	}
	c := &claims.Claim{Text: "Der Zebrafink singt.", Status: claims.StatusNew}
	if err := db.Services().Claims.CreateClaim(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	ix := db.s.indexes[claims.HitClaim]
	_, total, err := db.Services().Search.Search(context.Background(), claims.SearchQuery{Text: "zebrafink"})
	if err != nil || total != 1 || ix.slot.Answered() != 0 {
		t.Fatalf("%d hits (%v), %d answered by the index; want 1 by FTS5", total, err, ix.slot.Answered())
	}
}
