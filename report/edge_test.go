package report_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"claimdesk/claims"
	"claimdesk/report"
)

// TestEdgeCases renders data that has no claims, an article without claims
// and a claim whose rating is unknown, in every format.
func TestEdgeCases(t *testing.T) {
	lonely := fixtureDataset().Articles[1] // "Haushaltsstreit …"
	orphan := &claims.Claim{ID: "c9", Text: "A claim rated on a deleted scale.", Status: claims.StatusPublished,
		RatingID: "gone:false", CreatedAt: generatedAt, UpdatedAt: generatedAt}
	tests := []struct {
		name string
		data *report.Data
		want string // in the Markdown
	}{
		{"Empty", report.FromDataset(&claims.Dataset{Version: 1}, report.Scope{}, generatedAt), "No claims in this scope."},
		{"ArticleWithoutClaims", report.FromDataset(&claims.Dataset{Version: 1, Articles: []*claims.Article{lonely}},
			report.Scope{ArticleID: lonely.ID}, generatedAt), "## Haushaltsstreit"},
		{"UnknownRating", report.FromDataset(&claims.Dataset{Version: 1, Claims: []*claims.Claim{orphan}}, report.Scope{}, generatedAt), "gone:false"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, f := range report.Formats {
				var warns []report.Warning
				opts := report.Options{Format: f, Org: "O", ReviewURL: "https://o.example/{id}", Warn: func(w report.Warning) { warns = append(warns, w) }}
				var buf bytes.Buffer
				if err := report.Write(context.Background(), &buf, tc.data, opts, nil); err != nil {
					t.Fatalf("%s: %v", f, err)
				}
				if buf.Len() == 0 {
					t.Errorf("%s: empty output", f)
				}
				if f == report.Markdown && !strings.Contains(buf.String(), tc.want) {
					t.Errorf("Markdown lacks %q:\n%s", tc.want, buf.String())
				}
				if f == report.ClaimReview && tc.name == "UnknownRating" && (len(warns) != 1 || !strings.Contains(warns[0].String(), "reviewRating")) {
					t.Errorf("ClaimReview of an unknown rating: warnings %v", warns)
				}
				if f == report.PDF {
					pdfText(t, buf.Bytes()) // must be a readable PDF
				}
			}
		})
	}
	if err := report.Write(context.Background(), &bytes.Buffer{}, fixtureData(), report.Options{Format: "docx"}, nil); claims.ErrorCode(err) != claims.EINVALID {
		t.Errorf("unknown format: %v", err)
	}
	if err := report.Write(context.Background(), &bytes.Buffer{}, fixtureData(), report.Options{Format: report.HTML, Lang: "fr"}, nil); claims.ErrorCode(err) != claims.EINVALID {
		t.Errorf("unknown language: %v", err)
	}
}
