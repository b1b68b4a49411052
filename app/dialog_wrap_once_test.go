package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"claimdesk/claims"
)

// paragraphOf is an invented paragraph of about n bytes without a line
// break; another step gives other lines (Fyne keeps the widths of the
// strings it measured, so a text wrapped again costs little).
func paragraphOf(n, step int) string {
	words := strings.Fields("die Behörde nannte im Bericht eine andere Zahl als im Jahr davor und der Verband")
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(words[(i*step)%len(words)])
		b.WriteByte(' ')
	}
	return strings.TrimSpace(b.String())
}

// TestDialogsWrapLongFieldOnce: Fyne wraps a field's whole text at every
// width it passes through, each time in a time that grows with the square
// of the paragraph; the evidence dialog and the source editor put an excerpt
// or notes into their field while they were built, before the field had a
// width (a word a line), and Fyne wrapped it again when the dialog was
// shown (17 s and 29 s for 9,900 bytes in one paragraph, under load). The
// text now goes in once the dialog is shown and the field has its width.
// The fields hold the text exactly and count as unchanged.
func TestDialogsWrapLongFieldOnce(t *testing.T) {
	text := paragraphOf(6000, 1)
	f := newGermanFixture(t)
	ctx := f.u.ctx()
	c := f.addClaim("Die Mieten stiegen 2024 um 7 Prozent.")
	src := &claims.Source{URL: "https://example.org/mietspiegel", Title: "Mietspiegel", Kind: claims.KindStatistics, Notes: text}
	if err := f.svc.Sources.CreateSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	ev := &claims.Evidence{ClaimID: c.ID, SourceID: src.ID, Stance: claims.StanceSupports, Excerpt: text}
	if err := f.svc.Evidence.CreateEvidence(ctx, ev); err != nil {
		t.Fatal(err)
	}
	f.do(func() { f.u.openClaim(c.ID) })
	p := f.s.claims.editor.evidence
	f.do(func() { p.onEdit(p.items[0]) })
	d := p.dialog
	if d.excerpt.Text != text || d.typed() != d.initial {
		t.Fatalf("the excerpt field holds %d bytes of %d, or counts as changed", len(d.excerpt.Text), len(text))
	}
	if w := d.excerpt.setWidth; w < 100 {
		t.Errorf("the excerpt went into its field at a width of %v, before the dialog was shown", w)
	}
	cancel := f.topDialogButton("Abbrechen")
	f.do(func() { test.Tap(cancel) })

	f.do(func() { f.u.openSource(src.ID) })
	f.do(f.s.sources.onEdit)
	ed := f.s.sources.editor
	if ed.notes.Text != text || ed.dirty {
		t.Fatalf("the notes field holds %d bytes of %d, or counts as changed", len(ed.notes.Text), len(text))
	}
	if w := ed.notes.setWidth; w < 100 {
		t.Errorf("the notes went into their field at a width of %v, before the editor was shown", w)
	}
}
