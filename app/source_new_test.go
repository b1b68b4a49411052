package app

import (
	"io"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"claimdesk/claims"
)

func TestNewSourceWithSnapshot(t *testing.T) {
	f := newShellFixture(t)
	ctx := f.u.ctx()
	f.do(func() { f.s.show(viewSources) })
	v := f.s.sources

	f.do(v.onNew)
	e := v.editor
	if !strings.Contains(f.topText(), "New source") || !strings.Contains(f.topText(), "No file chosen") {
		t.Fatalf("dialog = %q, want a new-source dialog with a snapshot row", f.topText())
	}
	// nothing typed: refused with a reason, the dialog comes back
	f.do(func() { test.Tap(f.topDialogButton("Save")) })
	if !strings.Contains(f.topText(), "A source needs a URL or a title.") {
		t.Fatalf("empty source: %q", f.topText())
	}
	f.do(func() { test.Tap(f.topDialogButton("OK")) })
	f.do(func() {
		test.Type(e.title, "Haushaltsplan 2025")
		e.url.SetText("https://example.org/haushalt")
		e.kind.SetSelected("Official document")
		e.published.SetText("2025-03-01")
		e.snap = &pickedFile{name: "haushalt.pdf", data: []byte("%PDF-1.4 Haushalt")}
	})
	f.do(func() { test.Tap(f.topDialogButton("Save")) })
	list, _, err := f.svc.Sources.FindSources(ctx, claims.SourceFilter{})
	if err != nil || len(list) != 1 {
		t.Fatalf("sources = %d, %v", len(list), err)
	}
	s := list[0]
	if s.Title != "Haushaltsplan 2025" || s.Kind != claims.KindOfficial || formatDate(s.PublishedAt) != "2025-03-01" || len(s.Snapshots) != 1 {
		t.Fatalf("stored source = %+v", s)
	}
	rc, err := f.svc.Sources.OpenSnapshot(ctx, s.Snapshots[0].SHA256)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := io.ReadAll(rc)
	rc.Close()
	if string(data) != "%PDF-1.4 Haushalt" || s.Snapshots[0].Name != "haushalt.pdf" {
		t.Fatalf("snapshot %q = %q", s.Snapshots[0].Name, data)
	}
	if v.current == nil || v.current.ID != s.ID || f.win().Canvas().Overlays().Top() != nil {
		t.Fatal("the new source is not shown, or a dialog is still open")
	}
	if v.noSnaps.Visible() {
		t.Fatal("the view says there are no snapshots")
	}
}

func TestEvidenceTitleShowsSnapshot(t *testing.T) {
	s := &claims.Source{Title: "Plan", Publisher: "Amt"}
	if got := evidenceTitle(s); got != "Plan — Amt" {
		t.Fatalf("without snapshot: %q", got)
	}
	s.Snapshots = []claims.Snapshot{{Name: "plan.pdf"}}
	if got := evidenceTitle(s); !strings.Contains(got, "1 snapshot kept") {
		t.Fatalf("with snapshot: %q", got)
	}
}
