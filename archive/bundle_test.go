package archive

import (
	"bytes"
	"context"
	"io"
	"testing"
	"time"

	"claimdesk/claims"
	"claimdesk/report"
)

// noSnapshots serves no snapshot files; the test bundle names none.
type noSnapshots struct{}

func (noSnapshots) OpenSnapshot(context.Context, string) (io.ReadCloser, error) {
	return nil, claims.Errorf(claims.ENOTFOUND, "none")
}

func TestParseBundle(t *testing.T) {
	at := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	ds := &claims.Dataset{
		Version:  claims.DatasetVersion,
		Articles: []*claims.Article{{ID: "a1", Title: "Rents", URL: "https://news.example/rents", Publisher: "Desk", Language: "de", ImportedAt: at, UpdatedAt: at}},
		Claims: []*claims.Claim{
			{ID: "c1", ArticleID: "a1", Text: "Die Mieten stiegen um 40 Prozent.", Status: claims.StatusPublished, RatingID: "r-false", CreatedAt: at, UpdatedAt: at},
			{ID: "c2", Text: "No verdict yet.", Status: claims.StatusNew, CreatedAt: at, UpdatedAt: at},
			{ID: "c3", Text: "Free text verdict.", Status: claims.StatusPublished, Conclusion: "Misleading", CreatedAt: at, UpdatedAt: at},
		},
		Scales: []*claims.RatingScale{{ID: "s", Name: "S", Ratings: []claims.Rating{{ID: "r-false", ScaleID: "s", LabelEN: "False", LabelDE: "Falsch", Color: "#cc0000"}}}},
	}
	var buf bytes.Buffer
	data := report.FromDataset(ds, report.Scope{}, at)
	if err := report.WriteBundle(context.Background(), &buf, data, noSnapshots{}, nil); err != nil {
		t.Fatalf("WriteBundle: %v", err)
	}
	imp, err := Parse("Other desk", "desk.claimdesk", buf.Bytes())
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if len(imp.Records) != 2 {
		t.Fatalf("%d records, want the 2 claims with a verdict", len(imp.Records))
	}
	r := imp.Records[0]
	if r.Key != "c1" || r.Verdict != "False" || r.URL != "https://news.example/rents" || r.Language != "de" {
		t.Fatalf("record = %+v", r)
	}
	if imp.Records[1].Verdict != "Misleading" {
		t.Fatalf("second verdict = %q", imp.Records[1].Verdict)
	}
	if _, err := Parse("x", "x.zip", []byte("PK\x03\x04garbage")); err == nil {
		t.Fatal("a damaged bundle was accepted")
	}
}
