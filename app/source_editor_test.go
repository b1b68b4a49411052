package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"claimdesk/claims"
)

// topText returns the label texts of the topmost dialog.
func (f *shellFixture) topText() string {
	top := f.win().Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	return dialogText(top)
}

func TestEditSource(t *testing.T) {
	f := newShellFixture(t)
	ctx := f.u.ctx()
	src := &claims.Source{URL: "https://example.org/plan", Title: "Plan", Kind: claims.KindOther}
	if err := f.svc.Sources.CreateSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	f.do(func() {
		f.s.show(viewSources)
		f.u.openSource(src.ID)
	})
	v := f.s.sources

	// edit every field and save
	f.do(v.onEdit)
	e := v.editor
	f.do(func() {
		e.title.SetText("Haushaltsplan 2025")
		e.url.SetText("https://example.org/haushalt-2025")
		test.Type(e.publisher, "Finanzministerium")
		e.author.SetText("Referat II")
		e.kind.SetSelected("Official document")
		e.published.SetText("2025-03-01")
		e.accessed.SetText("2026-11-20")
		e.notes.SetText("Seite 12")
	})
	if !e.dirty {
		t.Fatal("editor not marked as changed")
	}
	f.do(func() { test.Tap(f.topDialogButton("Save")) })
	got, err := f.svc.Sources.FindSourceByID(ctx, src.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "Haushaltsplan 2025" || got.URL != "https://example.org/haushalt-2025" || got.Publisher != "Finanzministerium" ||
		got.Author != "Referat II" || got.Kind != claims.KindOfficial || formatDate(got.PublishedAt) != "2025-03-01" ||
		formatDate(got.AccessedAt) != "2026-11-20" || got.Notes != "Seite 12" {
		t.Fatalf("stored source = %+v", got)
	}
	if v.current.Title != "Haushaltsplan 2025" || v.title.Text != "Haushaltsplan 2025" || v.items[0].Title != "Haushaltsplan 2025" {
		t.Fatalf("view shows %q, list %q", v.title.Text, v.items[0].Title)
	}
	if f.win().Canvas().Overlays().Top() != nil {
		t.Fatal("a dialog is still open after saving")
	}

	// a wrong date is told under its field, the dialog stays with what was typed
	f.do(v.onEdit)
	e = v.editor
	f.do(func() {
		e.title.SetText("Plan (neu)")
		e.published.SetText("31.2.2025")
		test.Tap(f.topDialogButton("Save"))
	})
	if e.invalid.text("published") != "There is no such date: 31.2.2025." || e.invalid.text("accessed") != "" {
		t.Fatalf("notes: published %q, accessed %q", e.invalid.text("published"), e.invalid.text("accessed"))
	}
	if findButtonIn(f.win().Canvas().Overlays().Top(), "OK") != nil || findButtonIn(f.win().Canvas().Overlays().Top(), "Save") == nil {
		t.Fatal("a message box instead of the editor with a note")
	}
	if e.title.Text != "Plan (neu)" || e.published.Text != "31.2.2025" || !e.dirty {
		t.Fatalf("typed text lost: %q %q", e.title.Text, e.published.Text)
	}
	f.do(func() {
		e.published.SetText("")
		e.accessed.SetText("2026-13-01")
		test.Tap(f.topDialogButton("Save"))
	})
	if e.invalid.text("published") != "" || e.invalid.text("accessed") == "" {
		t.Fatalf("notes: published %q, accessed %q", e.invalid.text("published"), e.invalid.text("accessed"))
	}
	f.do(func() { e.accessed.SetText("") })

	// text that is no web address is told under its field too
	f.do(func() {
		e.url.SetText("Haushalt Seite 3")
		test.Tap(f.topDialogButton("Save"))
	})
	if !strings.Contains(e.invalid.text("url"), "not a web address") || e.url.Text != "Haushalt Seite 3" {
		t.Fatalf("note under the web address %q, field %q", e.invalid.text("url"), e.url.Text)
	}
	f.do(func() { e.url.SetText("https://example.org/haushalt-2025") })

	// Cancel with changes asks; Keep editing keeps them, Discard drops them
	f.do(func() { test.Tap(f.topDialogButton("Cancel")) })
	if !strings.Contains(f.topText(), "not saved yet") {
		t.Fatalf("Cancel did not ask about the changes: %q", f.topText())
	}
	f.do(func() { test.Tap(f.topDialogButton("Keep editing")) })
	if e.title.Text != "Plan (neu)" || findButtonIn(f.win().Canvas().Overlays().Top(), "Save") == nil {
		t.Fatal("Keep editing did not return to the edits")
	}
	// navigating away asks too
	ran := false
	f.do(func() { f.s.guard(func() { ran = true }) })
	if ran || !strings.Contains(f.topText(), "not saved yet") {
		t.Fatal("navigation did not ask about the unsaved source")
	}
	f.do(func() { test.Tap(f.topDialogButton("Discard")) })
	if !ran || e.open {
		t.Fatal("Discard did not go on")
	}
	if got, _ := f.svc.Sources.FindSourceByID(ctx, src.ID); got.Title != "Haushaltsplan 2025" {
		t.Fatalf("discarded edits were stored: %q", got.Title)
	}
	if f.win().Canvas().Overlays().Top() != nil {
		t.Fatal("a dialog is still open after discarding")
	}
}

func TestDeleteSource(t *testing.T) {
	f := newShellFixture(t)
	ctx := f.u.ctx()
	c := f.addClaim("Der Haushalt wächst um 3 Prozent.")
	used := &claims.Source{Title: "Haushaltsplan", Kind: claims.KindOfficial}
	unused := &claims.Source{Title: "Alter Entwurf", Kind: claims.KindOther}
	for _, s := range []*claims.Source{used, unused} {
		if err := f.svc.Sources.CreateSource(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.svc.Evidence.CreateEvidence(ctx, &claims.Evidence{ClaimID: c.ID, SourceID: used.ID, Stance: claims.StanceSupports}); err != nil {
		t.Fatal(err)
	}
	f.do(func() {
		f.s.show(viewSources)
		f.u.openSource(used.ID)
	})
	v := f.s.sources

	// a source that evidence uses is kept: the window says so at once,
	// naming how many claims use it, and asks nothing
	f.do(v.onDelete)
	if top := f.win().Canvas().Overlays().Top(); top == nil || findButtonIn(top, "Delete") != nil {
		t.Fatalf("a source in use is asked about: %q", f.topText())
	}
	if v.deleted || !strings.Contains(f.topText(), "1 claim uses this source as evidence.") {
		t.Fatalf("no plain message for a source in use: %q", f.topText())
	}
	f.do(func() { test.Tap(f.topDialogButton("OK")) })
	if _, err := f.svc.Sources.FindSourceByID(ctx, used.ID); err != nil {
		t.Fatalf("used source gone: %v", err)
	}

	// an unused source is asked about, then deleted and leaves the list
	f.do(func() { f.u.openSource(unused.ID) })
	f.do(v.onDelete)
	if !strings.Contains(f.topText(), "The source will be deleted.") {
		t.Fatalf("an unused source is not asked about: %q", f.topText())
	}
	f.do(func() { test.Tap(f.topDialogButton("Delete")) })
	if !v.deleted {
		t.Fatalf("unused source not deleted: %q", f.topText())
	}
	if _, err := f.svc.Sources.FindSourceByID(ctx, unused.ID); claims.ErrorCode(err) != claims.ENOTFOUND {
		t.Fatalf("deleted source still found: %v", err)
	}
	if len(v.items) != 1 || v.items[0].ID != used.ID {
		t.Fatalf("list after delete = %d items", len(v.items))
	}
}
