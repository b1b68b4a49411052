package app

import (
	"runtime"
	"strings"
	"testing"
	"time"

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

// cpuOf is the CPU time fn takes on the calling goroutine's thread (0 where
// threadCPU cannot tell).
func cpuOf(fn func()) time.Duration {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	start := threadCPU()
	fn()
	return threadCPU() - start
}

// TestDialogsWrapLongFieldOnce: Fyne wraps a field's whole text at every
// width it passes through, each time in a time that grows with the square
// of the paragraph; the evidence dialog and the source editor wrapped an
// excerpt or notes while they were built (no width yet) and again when
// shown (17 s and 29 s for 9,900 bytes in one paragraph, under load). The
// text now goes in once the dialog is shown: opening takes about the CPU
// time of one wrap (another text of that length put into the open field),
// where it took three to four times that. The fields hold the text exactly
// and count as unchanged.
func TestDialogsWrapLongFieldOnce(t *testing.T) {
	if threadCPU() == 0 {
		t.Skip("no thread CPU time here")
	}
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
	open := cpuOf(func() { f.do(func() { p.onEdit(p.items[0]) }) })
	d := p.dialog
	if d.excerpt.Text != text || d.typed() != d.initial {
		t.Fatalf("the excerpt field holds %d bytes of %d, or counts as changed", len(d.excerpt.Text), len(text))
	}
	once := cpuOf(func() { f.do(func() { d.excerpt.SetText(paragraphOf(6000, 2)) }) })
	t.Logf("evidence dialog: opening %v of CPU, one wrap %v", open, once)
	if open > 2*once {
		t.Errorf("opening the evidence dialog took %v of CPU, one wrap of its excerpt %v", open, once)
	}
	cancel := f.topDialogButton("Abbrechen")
	f.do(func() { test.Tap(cancel) })

	f.do(func() { f.u.openSource(src.ID) })
	open = cpuOf(func() { f.do(f.s.sources.onEdit) })
	ed := f.s.sources.editor
	if ed.notes.Text != text || ed.dirty {
		t.Fatalf("the notes field holds %d bytes of %d, or counts as changed", len(ed.notes.Text), len(text))
	}
	once = cpuOf(func() { f.do(func() { ed.notes.SetText(paragraphOf(6000, 4)) }) })
	t.Logf("source editor: opening %v of CPU, one wrap %v", open, once)
	if open > 2*once {
		t.Errorf("opening the source editor took %v of CPU, one wrap of its notes %v", open, once)
	}
}
