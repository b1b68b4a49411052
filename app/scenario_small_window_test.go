package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// TestScenarioClaimsAt800x600: the checker makes the German window
// 800×600 and works in the claims view with a claim open. The view needed
// 910 wide (the list's filters beside the editor's buttons), and the
// editor's fields and its buttons „Zum Artikel“ and „Löschen“ lay past the
// window's right edge. Now the list stands above the editor when they do
// not fit side by side; at full width they stand side by side as before.
func TestScenarioClaimsAt800x600(t *testing.T) {
	f := newScenarioIn(t, "de")
	a := f.addArticle("Fernwärme wird teurer", readerTestText)
	c := &claims.Claim{ArticleID: a.ID, Text: "Die Fernwärme in Lindenau wird zum 1. Januar um 14 Prozent teurer.", Claimant: "Stadtwerke Lindenau"}
	if err := f.svc.Claims.CreateClaim(f.u.ctx(), c); err != nil {
		t.Fatal(err)
	}
	f.do(func() { f.u.changed() })
	size := fyne.NewSize(800, 600)
	f.do(func() { f.win().Resize(size) })
	f.do(func() { f.u.openClaim(c.ID) })
	e := f.s.claims.editor
	if e.claimID() != c.ID || !e.article.Visible() {
		t.Fatalf("the editor shows %q, „Zum Artikel“ shown %v", e.claimID(), e.article.Visible())
	}
	if m := f.win().Content().MinSize(); m.Width > size.Width || m.Height > size.Height {
		t.Errorf("the claims view needs at least %v, more than the window's %v", m, size)
	}
	relayoutWindow(f)
	for _, b := range []*widget.Button{e.save, e.revert, e.article, e.del} {
		at := fyne.CurrentApp().Driver().AbsolutePositionForObject(b)
		if right := at.X + b.Size().Width; right > size.Width || b.Size().Width < b.MinSize().Width {
			t.Errorf("button %q ends at %.0f of %.0f, %.0f of its %.0f wide", b.Text, right, size.Width, b.Size().Width, b.MinSize().Width)
		}
	}
	f.do(func() { f.win().Resize(fyne.NewSize(1280, 800)) })
	if !f.s.claims.split.Horizontal {
		t.Error("at 1280×800 the list and the editor do not stand side by side")
	}
}
