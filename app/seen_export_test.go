package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"claimdesk/claims"
)

// TestExportEarlierChecksBox: the export dialog's "Earlier checks" box adds
// the archive record a claim was linked to; it applies to the documents
// only.
func TestExportEarlierChecksBox(t *testing.T) {
	f := newScenario(t)
	f.importSeenTestArchive()
	c := f.addClaim("Governor Alma Reyes said the state cut its prison population by 40 percent between 2015 and 2022.")
	ts, err := f.svc.Archives.MatchTargets(f.u.ctx())
	if err != nil {
		t.Fatal(err)
	}
	for _, tg := range ts {
		if tg.Kind == claims.TargetRecord && strings.HasSuffix(tg.URL, "/prisons") {
			if err := f.svc.Archives.Link(f.u.ctx(), claims.LinkRequest{ClaimID: c.ID, Kind: tg.Kind, TargetID: tg.ID}); err != nil {
				t.Fatal(err)
			}
		}
	}
	dir := t.TempDir()
	export := func(format, name string, earlier bool) string {
		f.do(f.s.onExport)
		d := f.s.exporter
		path := filepath.Join(dir, name)
		out, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		f.do(func() {
			d.format.SetSelected(format)
			d.earlier.SetChecked(earlier)
			d.run(out, path, nil)
		})
		f.do(func() { f.topDialogButton("Close").OnTapped() }) // the export-finished notice
		b, _ := os.ReadFile(path)
		return string(b)
	}
	if md := export("Markdown", "plain.md", false); strings.Contains(md, "Earlier checks") {
		t.Errorf("earlier checks without the box:\n%s", md)
	}
	md := export("Markdown", "earlier.md", true)
	if !strings.Contains(md, "#### Earlier checks of this claim") || !strings.Contains(md, "https://checks.example/prisons") ||
		!strings.Contains(md, "**Verdict: false**") {
		t.Errorf("no earlier check with the box:\n%s", md)
	}
	f.do(f.s.onExport)
	f.do(func() { f.s.exporter.format.SetSelected("CSV") })
	if !f.s.exporter.earlier.Disabled() {
		t.Error("the earlier-checks box is usable for CSV")
	}
}
