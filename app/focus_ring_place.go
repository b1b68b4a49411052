package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// layerIn returns the ring's layer inside the dialog top, adding it the
// first time: last in the dialog's box, so that it is drawn over the
// dialog's buttons. It returns nil for an overlay that is not a dialog
// (a pop-up menu marks its own item) or whose box would lay the layer out
// as a part of its own (takesLayer).
func (r *focusRing) layerIn(top fyne.CanvasObject) *fyne.Container {
	p, ok := top.(*widget.PopUp)
	if !ok {
		return nil
	}
	if l, ok := r.hosts[p]; ok {
		return l
	}
	box, ok := p.Content.(*fyne.Container)
	if !ok || !takesLayer(box) {
		return nil
	}
	l := ringLayerIn(box) // a dialog shown again keeps its layer
	if l == nil {
		l = newRingLayer()
		box.Add(l)
	}
	r.hosts[p] = l
	return l
}

// ringLayerIn returns the ring's layer that box holds, nil if none: a box
// without layout whose only object is a rectangle drawn as the ring is.
func ringLayerIn(box *fyne.Container) *fyne.Container {
	for _, o := range box.Objects {
		if l, ok := o.(*fyne.Container); ok && l.Layout == nil && len(l.Objects) == 1 {
			if ring, ok := l.Objects[0].(*canvas.Rectangle); ok && ring.StrokeWidth == ringWidth && ring.FillColor == nil {
				return l
			}
		}
	}
	return nil
}

// takesLayer reports whether box can take the ring's layer as one more
// object without showing it as a part: a box without layout, a Fyne
// dialog's (which places its first five objects by index and leaves the
// others), a border's or a stack's (which lay an extra object over the
// middle: the file dialog's).
func takesLayer(box *fyne.Container) bool {
	if box.Layout == nil {
		return true
	}
	switch fmt.Sprintf("%T", box.Layout) {
	case "*dialog.dialogLayout", "*layout.borderLayout", "*layout.stackLayout":
		return true
	}
	return false
}

// ringFrame returns where layer's ring goes around o, in layer's
// coordinates: ringGap and the ring's width outside o, cut to the scrolls
// o lies in. ok is false when o is nil or not on the screen.
func ringFrame(layer *fyne.Container, o fyne.CanvasObject) (pos fyne.Position, size fyne.Size, ok bool) {
	if o == nil {
		return pos, size, false
	}
	d := fyne.CurrentApp().Driver()
	at := d.AbsolutePositionForObject(o)
	if at.IsZero() || o.Size().IsZero() { // not found among the shown objects
		return pos, size, false
	}
	out := float32(ringGap + ringWidth)
	lo := at.SubtractXY(out, out)
	hi := at.Add(o.Size()).AddXY(out, out)
	c := d.CanvasForObject(o)
	if c == nil {
		return pos, size, false
	}
	roots := []fyne.CanvasObject{c.Content()}
	if top := c.Overlays().Top(); top != nil {
		roots = []fyne.CanvasObject{top}
	}
	for _, root := range roots {
		for _, s := range scrollsAbove(root, o) {
			sp := d.AbsolutePositionForObject(s)
			lo = fyne.NewPos(max(lo.X, sp.X), max(lo.Y, sp.Y))
			hi = fyne.NewPos(min(hi.X, sp.X+s.Size().Width), min(hi.Y, sp.Y+s.Size().Height))
		}
	}
	least := 2 * (ringRadius() + ringWidth)     // a rounded frame takes that much
	if hi.X-lo.X < least || hi.Y-lo.Y < least { // (almost) scrolled out of sight
		return pos, size, false
	}
	base := d.AbsolutePositionForObject(layer)
	return lo.Subtract(base), fyne.NewSize(hi.X-lo.X, hi.Y-lo.Y), true
}

// scrollsAbove returns the scrolls on the way from root down to target,
// looking into containers and the containers and widgets the window is
// built of (tabs, splits, forms); nil when target is not found that way
// (it is then not cut).
func scrollsAbove(root, target fyne.CanvasObject) []*container.Scroll {
	var path []*container.Scroll
	var find func(o fyne.CanvasObject) bool
	find = func(o fyne.CanvasObject) bool {
		if o == nil || !o.Visible() {
			return false
		}
		if o == target {
			return true
		}
		s, isScroll := o.(*container.Scroll)
		if isScroll {
			path = append(path, s)
		}
		for _, k := range shownParts(o) {
			if find(k) {
				return true
			}
		}
		if isScroll {
			path = path[:len(path)-1]
		}
		return false
	}
	if !find(root) {
		return nil
	}
	return path
}

// shownParts returns the objects o shows that scrollsAbove looks into.
func shownParts(o fyne.CanvasObject) []fyne.CanvasObject {
	switch c := o.(type) {
	case *fyne.Container:
		return c.Objects
	case *container.Scroll:
		return []fyne.CanvasObject{c.Content}
	case *container.Split:
		return []fyne.CanvasObject{c.Leading, c.Trailing}
	case *container.AppTabs:
		if t := c.Selected(); t != nil {
			return []fyne.CanvasObject{t.Content}
		}
	case *container.DocTabs:
		if t := c.Selected(); t != nil {
			return []fyne.CanvasObject{t.Content}
		}
	case *widget.PopUp:
		return []fyne.CanvasObject{c.Content}
	case *widget.Form:
		parts := make([]fyne.CanvasObject, 0, len(c.Items))
		for _, it := range c.Items {
			parts = append(parts, it.Widget)
		}
		return parts
	}
	return nil
}
