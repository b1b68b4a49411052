package sqlite

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"claimdesk/claims"
	"claimdesk/storage/sqlite/internal/benchgen"
	"claimdesk/textindex"
)

// openIndexed opens a new database at path with its search index built.
func openIndexed(t testing.TB, path string) *DB {
	t.Helper()
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if why, err := db.WaitSearchIndex(context.Background()); err != nil || why != "" {
		t.Fatalf("search index: %q, %v", why, err)
	}
	return db
}

// fillBench adds n generated claims (every 13th with a rationale and a
// conclusion, so that lengths vary), one article per 500 claims and one
// source with evidence per 250, in batches of 10,000.
func fillBench(t testing.TB, db *DB, n int) {
	t.Helper()
	ctx := context.Background()
	svc := db.Services()
	for lo := 0; lo < n; lo += 10000 {
		var cs []*claims.Claim
		for i := lo; i < min(n, lo+10000); i++ {
			c := &claims.Claim{Text: benchgen.Text(i), Claimant: benchgen.Claimant(i), Status: claims.StatusNew}
			if i%13 == 0 {
				c.Rationale, c.Conclusion = benchgen.Text(i+n), strings.Join(strings.Fields(benchgen.Text(i + 2*n))[:4], " ")
			}
			cs = append(cs, c)
		}
		if err := svc.Claims.CreateClaims(ctx, cs); err != nil {
			t.Fatal(err)
		}
		for i := lo; i < min(n, lo+10000); i += 500 {
			a := &claims.Article{Title: strings.Join(strings.Fields(benchgen.Text(i + 3))[:6], " "),
				Body: benchgen.Text(i) + " " + benchgen.Text(i+1) + " " + benchgen.Text(i+2), Language: "de"}
			if err := svc.Articles.CreateArticle(ctx, a); err != nil {
				t.Fatal(err)
			}
		}
		for i := lo; i < min(n, lo+10000); i += 250 {
			src := &claims.Source{URL: fmt.Sprintf("https://example.org/q/%d", i), Title: benchgen.Text(i + 5)[:40],
				Publisher: benchgen.Claimant(i), Kind: claims.KindNews}
			if err := svc.Sources.CreateSource(ctx, src); err != nil {
				t.Fatal(err)
			}
			ev := &claims.Evidence{ClaimID: cs[i-lo].ID, SourceID: src.ID, Stance: claims.StanceSupports, Excerpt: benchgen.Text(i + 9)}
			if err := svc.Evidence.CreateEvidence(ctx, ev); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// sampleQueries returns search queries over the generated texts: words
// from the most frequent to the rarest, prefixes, pairs, upper case, the
// planted terms and German spellings typed the other way (ss for ß, ae
// for ä).
func sampleQueries(n int) []string {
	count := map[string]int{}
	var words []string
	for i := 0; i < min(n, 20000); i++ {
		for _, w := range textindex.Tokens(benchgen.Text(i)) {
			if count[w] == 0 {
				words = append(words, w)
			}
			count[w]++
		}
	}
	qs := []string{benchgen.CommonTerm, benchgen.RareTerm, "Regierung", "regier", "zeppelin regierung", "Ministerium", "blogger regierung"}
	for i := 0; len(qs) < 40 && i < len(words); i += max(1, len(words)/33) {
		w := words[i]
		qs = append(qs, w)
		if len(w) > 4 {
			qs = append(qs, w[:3])
		}
	}
	for i := 0; i+7 < len(words) && len(qs) < 52; i += 41 {
		qs = append(qs, words[i]+" "+words[i+7])
	}
	for _, w := range words {
		switch {
		case strings.Contains(w, "ß") && len(qs) < 56:
			qs = append(qs, strings.ReplaceAll(w, "ß", "ss"))
		case strings.Contains(w, "ä") && len(qs) < 60:
			qs = append(qs, strings.ToUpper(strings.ReplaceAll(w, "ä", "ae")))
		}
	}
	return qs
}

// indexTestClaims is how many generated claims TestIndexRanksAsFTS5 uses:
// CLAIMDESK_INDEX_CLAIMS if set, else 5,000 with -short or under the race
// detector (make test), 100,000 otherwise.
func indexTestClaims(t *testing.T) int {
	if v := os.Getenv("CLAIMDESK_INDEX_CLAIMS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if testing.Short() || raceDetector {
		return 5000
	}
	return 100000
}

// TestIndexRanksAsFTS5 checks that searches answered by the in-memory
// index give the same top 20 as FTS5's exhaustive bm25() ranking: the
// same hits of every kind in the same order with the same ranks (bit for
// bit), the same snippets and the same total, for 60 sample queries.
func TestIndexRanksAsFTS5(t *testing.T) {
	n := indexTestClaims(t)
	db := openIndexed(t, filepath.Join(t.TempDir(), "rank.db"))
	fillBench(t, db, n)
	if why, err := db.WaitSearchIndex(context.Background()); err != nil || why != "" {
		t.Fatalf("search index: %q, %v", why, err)
	}
	qs := sampleQueries(n)
	if len(qs) < 50 {
		t.Fatalf("only %d sample queries", len(qs))
	}
	same := 0
	for _, text := range qs {
		for _, limit := range []int{20} {
			q := claims.SearchQuery{Text: text, Limit: limit}
			want, wantTotal := searchBy(t, db, q, true)
			got, gotTotal := searchBy(t, db, q, false)
			if d := diffHits(got, want); d != "" || gotTotal != wantTotal {
				t.Errorf("%q: total %d, FTS5 %d; %s", text, gotTotal, wantTotal, d)
				continue
			}
			same++
		}
	}
	t.Logf("%d claims: %d of %d queries identical to FTS5 (top 20 and total)", n, same, len(qs))
}

// searchBy runs q answered by FTS5 (fts) or by the indexes, checking
// that the claims' index answered or not.
func searchBy(t *testing.T, db *DB, q claims.SearchQuery, fts bool) ([]claims.SearchHit, int) {
	t.Helper()
	bypass := func(on bool) {
		for _, c := range db.s.indexes {
			c.slot.SetBypass(on)
		}
	}
	c := db.s.indexes[claims.HitClaim]
	bypass(fts)
	defer bypass(false)
	before := c.slot.Answered()
	hits, total, err := db.Services().Search.Search(context.Background(), q)
	if err != nil {
		t.Fatalf("%q: %v", q.Text, err)
	}
	after := c.slot.Answered()
	if indexed := after > before; indexed == fts {
		t.Fatalf("%q: answered by the index: %v", q.Text, indexed)
	}
	return hits, total
}

// diffHits describes the first difference between two result pages.
func diffHits(got, want []claims.SearchHit) string {
	if len(got) != len(want) {
		return fmt.Sprintf("%d hits, FTS5 %d", len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			return fmt.Sprintf("hit %d: %+v, FTS5 %+v", i, got[i], want[i])
		}
	}
	return ""
}
