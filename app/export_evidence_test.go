package app

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"claimdesk/claims"
	"claimdesk/report"
)

// TestExportEvidenceRows: claimctl export --evidence writes a CSV with one
// row per evidence link; the window offered only one row per claim. For
// CSV the dialog offers the evidence rows; other formats do not show it.
func TestExportEvidenceRows(t *testing.T) {
	f := newShellFixture(t)
	c := f.addClaim("Die Mieten stiegen 2023 um 2,5 Prozent.")
	f.addClaim("Die Inflation lag 2023 bei 5,9 Prozent.") // no evidence: one row, empty evidence cells
	ctx := f.u.ctx()
	for i, title := range []string{"Mietspiegel", "Wohnungsmarktbericht"} {
		src := &claims.Source{URL: "https://example.org/quelle-" + string(rune('a'+i)), Title: title, Kind: claims.KindStatistics}
		if err := f.svc.Sources.CreateSource(ctx, src); err != nil {
			t.Fatal(err)
		}
		if err := f.svc.Evidence.CreateEvidence(ctx, &claims.Evidence{ClaimID: c.ID, SourceID: src.ID, Stance: claims.StanceSupports}); err != nil {
			t.Fatal(err)
		}
	}
	f.do(f.s.onExport)
	d := f.s.exporter
	if formHas(d, "Rows") {
		t.Fatalf("HTML export offers evidence rows")
	}
	f.do(func() { d.format.SetSelected(formatName(report.CSV)) })
	if !formHas(d, "Rows") {
		t.Fatalf("CSV export does not offer one row per evidence link")
	}
	path := filepath.Join(t.TempDir(), "belege.csv")
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	f.do(func() {
		d.evidence.SetChecked(true)
		d.run(out, path, nil)
	})
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(string(data))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 || !strings.Contains(string(data), "Wohnungsmarktbericht") || !strings.Contains(string(data), "Mietspiegel") {
		t.Fatalf("want a header, two rows for the two links and one for the claim without evidence; got %d rows:\n%s", len(rows), data)
	}
}
