package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/layout"
)

// border is container.NewBorder with its objects in reading order: top,
// left, the centre, right, bottom. Tab walks a container's objects in
// their order, and container.NewBorder puts the centre first, so Tab went
// from the claim list up to the filters above it instead of on to the
// editor, and from a toolbar's field back to the buttons before it. The
// layout is the same, and it lays itself out again when an edge's size
// changed (borderLayout); use border for every border of the window
// (TestNoNewBorder).
func border(top, bottom, left, right fyne.CanvasObject, center ...fyne.CanvasObject) *fyne.Container {
	var objs []fyne.CanvasObject
	add := func(os ...fyne.CanvasObject) {
		for _, o := range os {
			if o != nil {
				objs = append(objs, o)
			}
		}
	}
	add(top, left)
	add(center...)
	add(right, bottom)
	l := &borderLayout{inner: layout.NewBorderLayout(top, bottom, left, right), edges: [4]fyne.CanvasObject{top, bottom, left, right}}
	l.box = &fyne.Container{Layout: l, Objects: objs}
	return l.box
}

// borderLayout is Fyne's border layout that notices an edge whose minimum
// size or visibility changed since it last laid out its box, and lays the
// box out again then. Fyne's canvas lays a container out again when a
// child's minimum size changed, but it remembers only one container to do
// so while it walks the tree: when the top edge shrank and, in the same
// frame, something inside the centre after it changed too, the box was
// not laid out again and the centre kept its old place below an empty
// band (seen in the window after saving a new claim, with the top first
// in reading order). The canvas asks every box for its minimum size on
// each frame, so that is where the change is noticed.
type borderLayout struct {
	inner fyne.Layout // Fyne's border layout
	box   *fyne.Container
	edges [4]fyne.CanvasObject // top, bottom, left, right; nil when absent
	laid  [4]edgeState         // the edges as the last layout found them
}

// edgeState is what of an edge decides where the border puts the rest.
type edgeState struct {
	min     fyne.Size
	visible bool
}

// state returns the edges' present states.
func (l *borderLayout) state() (s [4]edgeState) {
	for i, e := range l.edges {
		if e != nil {
			s[i] = edgeState{e.MinSize(), e.Visible()}
		}
	}
	return s
}

// Layout lays the objects out as the border layout does and remembers
// the edges' states.
func (l *borderLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	l.laid = l.state()
	l.inner.Layout(objects, size)
}

// MinSize is the border layout's; first, when the box has a size and an
// edge changed since the last layout, the box is laid out again.
func (l *borderLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	if l.box != nil && !l.box.Size().IsZero() && l.state() != l.laid {
		l.Layout(l.box.Objects, l.box.Size())
	}
	return l.inner.MinSize(objects)
}
