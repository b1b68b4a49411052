package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"claimdesk/claims"
	"claimdesk/storage/sqlite"
	"claimdesk/storage/sqlite/internal/benchgen"
)

// Proportions of the generated desk, per claim.
const (
	claimsPerArticle = 100 // one article (about 100 generated sentences) per 100 claims
	claimsPerSource  = 50  // one source per 50 claims
	claimsPerEvent   = 20  // one claim in 20 has its status changed (a history event)
	batch            = 10000
)

// build creates a new database at path with n generated claims, their
// articles, sources, evidence and history, through the storage services
// (as an import would). The texts are the same on every run (benchgen);
// IDs and times are not.
func build(ctx context.Context, path string, n int) error {
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("%s exists; benchtool build only creates new databases", path)
	}
	db, err := sqlite.Open(path)
	if err != nil {
		return err
	}
	defer db.Close()
	svc := db.Services()
	start := time.Now()
	var sourceIDs []string
	for lo := 0; lo < n; lo += batch {
		hi := min(lo+batch, n)
		arts, err := createArticles(ctx, svc, lo, hi)
		if err != nil {
			return err
		}
		cs := make([]*claims.Claim, 0, hi-lo)
		for i := lo; i < hi; i++ {
			cs = append(cs, &claims.Claim{Text: benchgen.Text(i), Claimant: benchgen.Claimant(i),
				Status: claims.Status(benchgen.Status(i)), ArticleID: arts[(i-lo)/claimsPerArticle]})
		}
		if err := svc.Claims.CreateClaims(ctx, cs); err != nil {
			return err
		}
		if sourceIDs, err = createSources(ctx, svc, cs, lo, sourceIDs); err != nil {
			return err
		}
		if err := changeStatuses(ctx, svc, cs, lo); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "\rbuild: %d of %d claims (%.0f s)", hi, n, time.Since(start).Seconds())
	}
	fmt.Fprintln(os.Stderr)
	return nil
}

// createArticles stores the articles of claims lo to hi-1 and returns their IDs.
func createArticles(ctx context.Context, svc claims.Services, lo, hi int) ([]string, error) {
	var ids []string
	for first := lo; first < hi; first += claimsPerArticle {
		var body strings.Builder
		for i := first; i < min(first+claimsPerArticle, hi); i++ {
			body.WriteString(benchgen.Text(i))
			body.WriteString(" ")
		}
		a := &claims.Article{Title: fmt.Sprintf("Artikel %d", first/claimsPerArticle), Language: "de", Body: body.String()}
		if err := svc.Articles.CreateArticle(ctx, a); err != nil {
			return nil, err
		}
		ids = append(ids, a.ID)
	}
	return ids, nil
}

// createSources stores one source per claimsPerSource claims of cs (the
// first of them numbered lo) and one piece of evidence tying each to its claim.
func createSources(ctx context.Context, svc claims.Services, cs []*claims.Claim, lo int, ids []string) ([]string, error) {
	for j := 0; j < len(cs); j += claimsPerSource {
		i := lo + j
		src := &claims.Source{URL: fmt.Sprintf("https://example.org/quelle/%d", i), Title: "Quelle: " + strings.Join(strings.Fields(benchgen.Text(i + 7))[:5], " "),
			Publisher: benchgen.Claimant(i + 1), Kind: claims.KindNews}
		if err := svc.Sources.CreateSource(ctx, src); err != nil {
			return nil, err
		}
		ids = append(ids, src.ID)
		ev := &claims.Evidence{ClaimID: cs[j].ID, SourceID: src.ID, Stance: claims.StanceSupports, Excerpt: benchgen.Text(i + 3)}
		if err := svc.Evidence.CreateEvidence(ctx, ev); err != nil {
			return nil, err
		}
	}
	return ids, nil
}

// changeStatuses moves one claim in claimsPerEvent of cs on to "researching",
// which appends a history event.
func changeStatuses(ctx context.Context, svc claims.Services, cs []*claims.Claim, lo int) error {
	st := claims.Status("researching")
	for j := 0; j < len(cs); j += claimsPerEvent {
		if cs[j].Status == st {
			continue
		}
		if _, err := svc.Claims.UpdateClaim(ctx, cs[j].ID, claims.ClaimUpdate{Status: &st}); err != nil {
			return err
		}
	}
	return nil
}
