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
// minimum width is that of the stacked panes, so a narrow window can take
// it; its minimum height is that of the way it stands (the taller pane side
// by side, both panes stacked), so a wide window is not made taller than
// its screen for panes it shows next to each other. The split's offset and
// divider keep working in both directions.
type turningSplit struct {
	split      *container.Split
	breakpoint float32
}

// turning returns split in a container that turns it upright below
// breakpoint (see turningSplit).
func turning(split *container.Split, breakpoint float32) *fyne.Container {
	return container.New(&turningSplit{split: split, breakpoint: breakpoint}, split)
}

// MinSize is the widest pane by the taller pane while the split stands
// side by side, by the sum of the heights while it stands upright.
func (t *turningSplit) MinSize([]fyne.CanvasObject) fyne.Size {
	a, b := t.split.Leading.MinSize(), t.split.Trailing.MinSize()
	if t.split.Horizontal {
		return fyne.NewSize(max(a.Width, b.Width), max(a.Height, b.Height))
	}
	return fyne.NewSize(max(a.Width, b.Width), a.Height+b.Height+theme.Padding())
}

// Layout turns the split to suit the width and gives it all the room.
func (t *turningSplit) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if horizontal := size.Width >= t.breakpoint; horizontal != t.split.Horizontal {
		t.split.Horizontal = horizontal
		t.split.Refresh()
	}
	t.split.Move(fyne.NewPos(0, 0))
	t.split.Resize(size)
}
