package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"claimdesk/report"
)

// formHas reports whether the export form shows an item with this label.
func formHas(d *exportDialog, label string) bool {
	for _, it := range d.form.Items {
		if it.Text == label {
			return true
		}
	}
	return false
}

// TestExportDialogFieldsFollowFormat: organisation and review address are
// asked for ClaimReview only; the history box applies to the documents and
// is off by default.
func TestExportDialogFieldsFollowFormat(t *testing.T) {
	f := newShellFixture(t)
	f.addClaim("Die Inflation lag 2023 bei 5,9 Prozent.")
	f.do(f.s.onExport)
	d := f.s.exporter
	if formHas(d, "Organisation") || formHas(d, "Review address") {
		t.Fatalf("HTML export asks for ClaimReview fields")
	}
	if d.history.Checked || d.history.Disabled() {
		t.Fatalf("history box: checked %v, disabled %v; want off and usable", d.history.Checked, d.history.Disabled())
	}
	f.do(func() { d.format.SetSelected(formatName(report.ClaimReview)) })
	if !formHas(d, "Organisation") || !formHas(d, "Review address") || !d.history.Disabled() {
		t.Fatalf("ClaimReview: items %d, history disabled %v", len(d.form.Items), d.history.Disabled())
	}
	f.do(func() { d.format.SetSelected("PDF") })
	if formHas(d, "Organisation") || d.history.Disabled() {
		t.Fatalf("PDF after ClaimReview: ClaimReview fields still shown or history disabled")
	}
}

// TestExportHistoryBoxAndGlyphNotice: the history is in the report only
// when the box is ticked, and a PDF with an emoji is written with a notice
// that names the claim.
func TestExportHistoryBoxAndGlyphNotice(t *testing.T) {
	f := newShellFixture(t)
	f.addClaim("Der Minister 😀 sagte, die Mieten stiegen um 7 Prozent.")
	dir := t.TempDir()
	export := func(format, name string, history bool) string {
		f.do(f.s.onExport)
		d := f.s.exporter
		path := filepath.Join(dir, name)
		out, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		f.do(func() {
			d.format.SetSelected(format)
			d.history.SetChecked(history)
			d.run(out, path, nil)
		})
		if d.result != "1" {
			t.Fatalf("export result = %q", d.result)
		}
		b, _ := os.ReadFile(path)
		return string(b)
	}
	if md := export("Markdown", "plain.md", false); strings.Contains(md, "History") {
		t.Errorf("history without the box:\n%s", md)
	}
	f.do(func() { f.topDialogButton("Close").OnTapped() }) // the export-finished notice
	if md := export("Markdown", "history.md", true); !strings.Contains(md, "#### History") {
		t.Errorf("no history with the box:\n%s", md)
	}
	f.do(func() { f.topDialogButton("Close").OnTapped() }) // the export-finished notice
	if pdf := export("PDF", "r.pdf", false); !strings.HasPrefix(pdf, "%PDF-") {
		t.Fatalf("no PDF written")
	}
	top := f.win().Canvas().Overlays().Top()
	if top == nil || !strings.Contains(dialogText(top), "[?]") || !strings.Contains(dialogText(top), "Der Minister") {
		t.Fatalf("no notice naming the claim with undrawable characters")
	}
	f.do(func() { f.topDialogButton("Close").OnTapped() }) // the export-finished notice
}
