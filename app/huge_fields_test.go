package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"claimdesk/claims"
)

// hugeText is about 34 KB of words without a full stop: what a bundle or
// claimctl can put into a rationale, an excerpt or a source's notes.
func hugeText() string { return strings.TrimSpace(strings.Repeat("Wort und noch ein Wort ", 1500)) }

// shownCut reports whether a field shows only the start of text, read-only.
func shownCut(e *wrapEntry, text string) bool {
	return e.Disabled() && len(e.Text) <= 3*maxShownRunes && strings.HasSuffix(e.Text, " …") && e.value() == text
}

// TestHugeRationaleOpens: a rationale of more than 10,000 bytes was still
// wrapped whole (the claim's text no longer was: TestHugeClaimTextOpens).
// It is shown cut and read-only, the meta line says so, and saving another
// field keeps it whole.
func TestHugeRationaleOpens(t *testing.T) {
	f := newShellFixture(t)
	long := hugeText()
	c := &claims.Claim{Text: "Die Inflation lag 2023 bei 5,9 Prozent.", Claimant: "Donald Lu", Rationale: long}
	if err := f.svc.Claims.CreateClaim(f.u.ctx(), c); err != nil {
		t.Fatal(err)
	}
	f.do(func() { f.u.openClaim(c.ID) })
	e := f.s.claims.editor
	if !shownCut(e.rationale, long) {
		t.Fatalf("rationale field shows %d of %d bytes, disabled %v; want its start, read-only", len(e.rationale.Text), len(long), e.rationale.Disabled())
	}
	if !strings.Contains(e.meta.Text, "Rationale too long to edit here (34,499 characters)") {
		t.Errorf("meta line %q does not say the rationale is cut", e.meta.Text)
	}
	f.do(func() {
		e.claimant.SetText("Olaf Scholz")
		test.Tap(e.save)
	})
	got, _ := f.svc.Claims.FindClaimByID(context.Background(), c.ID)
	if got.Rationale != long || got.Claimant != "Olaf Scholz" {
		t.Fatalf("stored rationale %d bytes (want %d), claimant %q", len(got.Rationale), len(long), got.Claimant)
	}
}

// TestHugeExcerptAndNotesOpen: an evidence excerpt and a source's notes of
// more than 10,000 bytes are shown cut and read-only with a note under the
// field, and saving the dialog keeps them whole; the Sources view shows the
// notes' start.
func TestHugeExcerptAndNotesOpen(t *testing.T) {
	f := newShellFixture(t)
	long := hugeText()
	ctx := f.u.ctx()
	c := f.addClaim("Die Mieten stiegen 2023 um 2,5 Prozent.")
	src := &claims.Source{URL: "https://example.org/mietspiegel", Title: "Mietspiegel", Kind: claims.KindStatistics, Notes: long}
	if err := f.svc.Sources.CreateSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	ev := &claims.Evidence{ClaimID: c.ID, SourceID: src.ID, Stance: claims.StanceSupports, Excerpt: long}
	if err := f.svc.Evidence.CreateEvidence(ctx, ev); err != nil {
		t.Fatal(err)
	}
	f.do(func() { f.u.openClaim(c.ID) })
	p := f.s.claims.editor.evidence
	if len(p.items) != 1 {
		t.Fatalf("%d evidence rows, want 1", len(p.items))
	}
	f.do(func() { p.onEdit(p.items[0]) })
	d := p.dialog
	if !shownCut(d.excerpt, long) || !strings.Contains(f.topText(), "Text too long to edit here (34,499 characters)") {
		t.Fatalf("excerpt field shows %d bytes, disabled %v; dialog says %q", len(d.excerpt.Text), d.excerpt.Disabled(), f.topText())
	}
	f.do(func() {
		d.stance.SetSelected("refutes")
		test.Tap(f.topDialogButton("Save"))
	})
	got, err := f.svc.Evidence.FindEvidenceByID(ctx, ev.ID)
	if err != nil || got.Excerpt != long || got.Stance != claims.StanceRefutes {
		t.Fatalf("stored excerpt %d bytes (want %d), stance %q, %v", len(got.Excerpt), len(long), got.Stance, err)
	}

	f.do(func() { f.u.openSource(src.ID) })
	if n := f.s.sources.notes.Text; len(n) > 3*maxPanelNotes || !strings.HasSuffix(n, " …") {
		t.Fatalf("the Sources view shows %d bytes of the notes", len(n))
	}
	f.do(f.s.sources.onEdit)
	ed := f.s.sources.editor
	if !shownCut(ed.notes, long) {
		t.Fatalf("notes field shows %d bytes, disabled %v", len(ed.notes.Text), ed.notes.Disabled())
	}
	f.do(func() {
		ed.title.SetText("Mietspiegel 2023")
		test.Tap(f.topDialogButton("Save"))
	})
	s, err := f.svc.Sources.FindSourceByID(ctx, src.ID)
	if err != nil || s.Notes != long || s.Title != "Mietspiegel 2023" {
		t.Fatalf("stored notes %d bytes (want %d), title %q, %v", len(s.Notes), len(long), s.Title, err)
	}
}
