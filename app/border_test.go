package app

import (
	"go/ast"
	"go/token"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TestBorderReadingOrder: border keeps container.NewBorder's layout but
// lists its objects top, left, centre, right, bottom, the order Tab walks.
func TestBorderReadingOrder(t *testing.T) {
	top, left, mid, right, bottom := widget.NewEntry(), widget.NewEntry(), widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	got := border(top, bottom, left, right, mid).Objects
	want := []fyne.CanvasObject{top, left, mid, right, bottom}
	for i := range want {
		if i >= len(got) || got[i] != want[i] {
			t.Fatalf("objects %v, want top, left, centre, right, bottom", got)
		}
	}
	size := fyne.NewSize(400, 300)
	a, b := border(top, bottom, left, right, mid), container.NewBorder(top, bottom, left, right, mid)
	a.Resize(size)
	pos := map[fyne.CanvasObject]fyne.Position{}
	for _, o := range a.Objects {
		pos[o] = o.Position()
	}
	b.Resize(size)
	for _, o := range b.Objects {
		if o.Position() != pos[o] {
			t.Errorf("%p at %v in border, %v in container.NewBorder", o, pos[o], o.Position())
		}
	}
	if n := len(border(nil, nil, nil, nil, mid).Objects); n != 1 {
		t.Errorf("a border of the centre alone holds %d objects", n)
	}
}

// TestBorderLaysOutAgainWhenAnEdgeChanged: when the top edge shrinks, the
// next question for the box's minimum size (the canvas asks on every
// frame) lays the box out again, so the centre moves up; no one else has
// to remember to. Without it the centre kept its old place below an empty
// band whenever the canvas lost the relayout (borderLayout).
func TestBorderLaysOutAgainWhenAnEdgeChanged(t *testing.T) {
	note := widget.NewLabel("3 claims hidden by the filter")
	top := container.NewVBox(widget.NewLabel("Claims"), note)
	mid, left := widget.NewLabel("list"), widget.NewLabel("fold")
	box := border(top, nil, left, nil, mid)
	box.Resize(fyne.NewSize(400, 300))
	before := mid.Position().Y
	note.Hide()
	top.Refresh()
	box.MinSize()
	if got, want := mid.Position().Y, top.MinSize().Height+theme.Padding(); got != want || got >= before {
		t.Errorf("after the top shrank the centre is at y %v (before %v), want %v", got, before, want)
	}
	if left.Position().Y != mid.Position().Y {
		t.Errorf("left edge at y %v, centre at %v", left.Position().Y, mid.Position().Y)
	}
	note.Show()
	box.MinSize()
	if mid.Position().Y != before {
		t.Errorf("after the top grew back the centre is at y %v, want %v", mid.Position().Y, before)
	}
}

// TestNoNewBorder: the window's code builds borders with border, never
// container.NewBorder, whose centre-first order sends Tab backwards.
func TestNoNewBorder(t *testing.T) {
	inspectSource(t, func(fset *token.FileSet, n ast.Node) {
		if c, ok := n.(*ast.CallExpr); ok && isSelector(c.Fun, "container", "NewBorder") {
			t.Errorf("%s: container.NewBorder puts the centre first in Tab's order; use border", fset.Position(c.Pos()))
		}
	})
}

// TestScenarioTabFromClaimList: a checker who picked a claim in the list
// goes on with Tab to the claim's editor on the right, not back up to the
// filters above the list.
func TestScenarioTabFromClaimList(t *testing.T) {
	f := newScenarioIn(t, "de")
	c := f.addClaim("The council spent 3 million euros on the new town hall.")
	cv := f.win().Canvas()
	f.do(func() { f.s.show(viewClaims); f.u.openClaim(c.ID) })
	v := f.s.claims
	f.do(func() { cv.Focus(v.list) })
	f.do(cv.FocusNext)
	if cv.Focused() != v.editor.text {
		t.Fatalf("Tab from the claim list: focus on %T, want the claim's text in the editor", cv.Focused())
	}
}
