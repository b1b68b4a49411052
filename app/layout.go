package app

import (
	"fyne.io/fyne/v2"
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
