package archive

import (
	"bytes"
	"context"

	"claimdesk/claims"
	"claimdesk/report"
)

// parseBundle reads the claims with a verdict from a Claimdesk bundle; the
// verdict is the rating's English label or the free-text conclusion, the URL
// that of the claim's article.
func parseBundle(imp *claims.ArchiveImport, data []byte) error {
	b, err := report.ReadBundle(context.Background(), bytes.NewReader(data), int64(len(data)), report.DefaultLimits)
	if err != nil {
		return err
	}
	ds := &b.Document.Dataset
	labels := map[string]string{}
	for _, s := range ds.Scales {
		for _, r := range s.Ratings {
			labels[r.ID] = r.Label("en")
		}
	}
	articles := map[string]*claims.Article{}
	for _, a := range ds.Articles {
		articles[a.ID] = a
	}
	for i, c := range ds.Claims {
		if !c.HasVerdict() {
			continue
		}
		r := &claims.ArchiveRecord{Key: c.ID, Text: Plain(c.Text), Verdict: Plain(c.Conclusion),
			Claimant: Plain(c.Claimant), ClaimDate: c.ClaimDate}
		if c.RatingID != "" {
			r.Verdict = labels[c.RatingID]
			if r.Verdict == "" {
				r.Verdict = c.RatingID
			}
		}
		if a := articles[c.ArticleID]; a != nil {
			r.URL, r.Title, r.Publisher, r.Language = a.URL, Plain(a.Title), Plain(a.Publisher), a.Language
		}
		if why := check(r); why.Format != "" {
			imp.Malformed = append(imp.Malformed, claims.NewMalformed(claims.Phrasef("claim %d", i+1), why))
			continue
		}
		imp.Records = append(imp.Records, r)
	}
	return nil
}
