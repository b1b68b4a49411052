package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// compactVBox stacks labels with less space between them than a VBox: the
// inner paddings of neighbouring labels overlap by half.
type compactVBox struct{}

// MinSize is the widest visible child by the sum of the heights, less the
// overlaps; hidden children take no room.
func (compactVBox) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	n := 0
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		s.Height += m.Height
		n++
	}
	if n > 1 {
		s.Height -= float32(n-1) * theme.Padding()
	}
	return s
}

// Layout places the visible children one below the other.
func (compactVBox) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h - theme.Padding()
	}
}

// twoLines returns a list row of a bold title line over a smaller detail
// line, both truncated; objects 0 and 1 of the container are the labels.
func twoLines() *fyne.Container {
	return &fyne.Container{Layout: compactVBox{}, Objects: []fyne.CanvasObject{
		&widget.Label{Text: "Title", TextStyle: fyne.TextStyle{Bold: true}, Truncation: fyne.TextTruncateEllipsis},
		&widget.Label{Text: "Detail", SizeName: theme.SizeNameCaptionText, Truncation: fyne.TextTruncateEllipsis},
	}}
}

// turningSplit lays out one split: side by side (horizontal) while the
// room is at least breakpoint wide, one above the other when narrower. Its
// minimum size is the widest pane by the tallest: a narrow window can take
// it, and no window is made taller than its screen for it. Stacked panes
// that need more height than there is scroll (the split sits in a vertical
// scroll, which only shows a bar then). The split's offset and divider keep
// working in both directions.
type turningSplit struct {
	split      *container.Split
	breakpoint float32 // 0: the width both panes need side by side (sideBySide)
	width      float32 // the width last laid out in
}

// stackedHeight is the layout of the split inside the scroll: as tall as
// both panes stacked while the split stands upright, any height side by
// side, and as wide as the scroll. It is laid out again when a pane's
// minimum size changes (a claim opened in the editor), which the turning
// split, behind the scroll, is not: so it turns the split too.
type stackedHeight struct{ turn *turningSplit }

// turning returns split in a container that turns it upright below
// breakpoint, or with breakpoint 0 when its panes do not fit side by side
// (see turningSplit).
func turning(split *container.Split, breakpoint float32) *fyne.Container {
	t := &turningSplit{split: split, breakpoint: breakpoint}
	inner := container.New(stackedHeight{t}, split)
	return container.New(t, container.NewVScroll(inner))
}

// MinSize is the widest pane by the tallest.
func (t *turningSplit) MinSize([]fyne.CanvasObject) fyne.Size {
	a, b := t.split.Leading.MinSize(), t.split.Trailing.MinSize()
	return fyne.NewSize(max(a.Width, b.Width), max(a.Height, b.Height))
}

// Layout turns the split to suit the width and gives its scroll all the
// room.
func (t *turningSplit) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	t.width = size.Width
	t.turn()
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
}

// turn stands the split side by side when the width last laid out in
// holds both panes, upright when not.
func (t *turningSplit) turn() {
	if t.width == 0 {
		return
	}
	if horizontal := t.width >= t.sideBySide(); horizontal != t.split.Horizontal {
		t.split.Horizontal = horizontal
		t.split.Refresh()
	}
}

// sideBySide is the least width at which the panes stand side by side:
// the breakpoint, or when it is 0 the width both panes need with the
// divider between them.
func (t *turningSplit) sideBySide() float32 {
	if t.breakpoint > 0 {
		return t.breakpoint
	}
	return t.split.Leading.MinSize().Width + t.split.Trailing.MinSize().Width + 2*theme.Padding()
}

// MinSize is both panes' height while the split stands upright.
func (s stackedHeight) MinSize([]fyne.CanvasObject) fyne.Size {
	split := s.turn.split
	if split.Horizontal {
		return fyne.NewSize(0, 0)
	}
	return fyne.NewSize(0, split.Leading.MinSize().Height+split.Trailing.MinSize().Height+theme.Padding())
}

// Layout turns the split to suit its panes now and gives it all the room.
func (s stackedHeight) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	s.turn.turn()
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
}

// scrollMinHeight is the least height of Fyne's scroll container.
const scrollMinHeight = 32

// scrollHeight stacks a list and what stands in for it when empty, asking
// no more height than a scroll does: a list asks for one whole row, which
// in the Evidence tab (a row of two lines under the Link a source button)
// made the claim editor 30 pixels taller than the others' tabs need, and
// at 800×600, below the claims list, its buttons went out of view. In so
// little room the list shows part of a row and scrolls.
type scrollHeight struct{}

// MinSize is the widest child's width by a scroll's minimum height.
func (scrollHeight) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w := float32(0)
	for _, o := range objs {
		if o.Visible() {
			w = max(w, o.MinSize().Width)
		}
	}
	return fyne.NewSize(w, scrollMinHeight)
}

// Layout gives every child all the room.
func (scrollHeight) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}
