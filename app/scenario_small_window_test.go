package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
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

// TestScenarioClaimsListRowsAt800x600: at 800×600, where the claims list
// stands above the editor, the list showed one row (the split gave it only
// its minimum, and the whole view had the rest for the editor), so the
// checker walked the claims one at a time. Now it shows three rows and
// the editor keeps its tabs and buttons in view without scrolling the
// view — also in 800×572, the room the desktop window has below Fyne's
// menu bar.
func TestScenarioClaimsListRowsAt800x600(t *testing.T) {
	f := newScenarioIn(t, "de")
	var first *claims.Claim
	for i := range 8 {
		c := &claims.Claim{Text: fmt.Sprintf("Im Kreis Birkenau arbeiten %d Menschen in der Branche Nummer %d.", 300*(i+1), i+1)}
		if err := f.svc.Claims.CreateClaim(f.u.ctx(), c); err != nil {
			t.Fatal(err)
		}
		first = c
	}
	f.do(func() { f.u.changed() })
	v, e := f.s.claims, f.s.claims.editor
	for _, size := range []fyne.Size{fyne.NewSize(800, 600), fyne.NewSize(800, 572)} {
		f.do(func() { f.win().Resize(size); f.u.openClaim(first.ID) })
		relayoutWindow(f)
		if v.split.Horizontal {
			t.Fatalf("at %v the list stands beside the editor", size)
		}
		row := newClaimRow().MinSize().Height
		if need := 3*row + 2*theme.Padding(); v.list.Size().Height < need {
			t.Errorf("at %v the list is %.0f high, %.1f rows; want three (%.0f)", size, v.list.Size().Height, v.list.Size().Height/row, need)
		}
		scroll := viewScroll(t, f, v.split)
		if got, room := scroll.Content.Size().Height, scroll.Size().Height; got > room {
			t.Errorf("at %v the list and editor need %.0f, the view has %.0f: the editor's buttons are out of view", size, got, room)
		}
		if got, want := e.tabs.Size().Height, e.tabs.MinSize().Height; got < want {
			t.Errorf("at %v the editor's tabs are %.0f high, less than their %.0f", size, got, want)
		}
	}
}

// viewScroll returns the scroll of the view that holds split (layout.go's
// turning).
func viewScroll(t *testing.T, f *shellFixture, split *container.Split) *container.Scroll {
	t.Helper()
	for _, o := range shownObjects(f.win().Content(), nil) {
		if s, ok := o.(*container.Scroll); ok {
			if c, ok := s.Content.(*fyne.Container); ok && len(c.Objects) == 1 && c.Objects[0] == split {
				return s
			}
		}
	}
	t.Fatal("no scroll holds the split")
	return nil
}
