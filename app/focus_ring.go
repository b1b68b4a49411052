package app

import (
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/mobile"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Fyne marks a focused button only by blending the theme's focus colour,
// 16 % of the primary blue, into its background: on the accent-coloured
// default button of a dialog that changes nothing, on the others the
// contrast between focused and not is 1.1–1.3, and a focused check box,
// select, slider or link shows the same faint colour. After Tab a keyboard
// user could not see where the focus went (desk35's keyboard walk). A fill
// cannot do better: a colour 3:1 away from a button's own would leave its
// text unreadable. So the window draws a focus ring of its own: a frame in
// the primary colour (the colour a focused field frames itself in), a gap
// outside whatever control has the focus, over the window's content or
// inside the topmost dialog. Fields are left out: they frame themselves.
// Fyne tells no one when the focus moves, so the ring follows it by
// looking ringEvery (follow); tests call sync.

const (
	ringWidth = 2                      // the ring's line
	ringGap   = 2                      // between the control and the ring
	ringEvery = 100 * time.Millisecond // how often follow looks
)

// focusRing is the focus ring of one window.
type focusRing struct {
	win  fyne.Window
	main *fyne.Container // over the window's content (over)
	// hosts holds the ring's layer inside each dialog shown (layerIn).
	hosts map[*widget.PopUp]*fyne.Container
	stop  chan struct{}
}

// focusRings maps a window's canvas to its ring (ringOf).
var focusRings sync.Map

// ringOf returns win's focus ring, made on first use.
func ringOf(win fyne.Window) *focusRing {
	if r, ok := focusRings.Load(win.Canvas()); ok {
		return r.(*focusRing)
	}
	r := &focusRing{win: win, main: newRingLayer(), hosts: map[*widget.PopUp]*fyne.Container{}}
	focusRings.Store(win.Canvas(), r)
	return r
}

// newRingLayer returns a layer holding a hidden ring, placed by sync.
func newRingLayer() *fyne.Container {
	ring := &canvas.Rectangle{StrokeWidth: ringWidth}
	ring.Hide()
	return container.NewWithoutLayout(ring)
}

// over returns content with the ring's layer over it: the window's content.
func (r *focusRing) over(content fyne.CanvasObject) fyne.CanvasObject {
	return container.NewStack(content, r.main)
}

// follow makes the ring follow the focus until the window closes (forget).
func (r *focusRing) follow() {
	if r.stop != nil {
		return
	}
	r.stop = make(chan struct{})
	go func(stop <-chan struct{}) {
		t := time.NewTicker(ringEvery)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				doUI(r.sync)
			}
		}
	}(r.stop)
}

// forgetRing stops win's ring following and drops it (the window closed).
func forgetRing(win fyne.Window) {
	if r, ok := focusRings.LoadAndDelete(win.Canvas()); ok && r.(*focusRing).stop != nil {
		close(r.(*focusRing).stop)
	}
}

// sync shows the ring around the focused control, or hides it. Call on the
// UI goroutine.
func (r *focusRing) sync() {
	c := r.win.Canvas()
	layer := r.main
	if top := c.Overlays().Top(); top != nil {
		layer = r.layerIn(top)
	}
	r.prune(c.Overlays().List())
	for _, l := range r.layers() {
		if l != layer {
			placeRing(l, nil)
		}
	}
	if layer == nil {
		return
	}
	placeRing(layer, ringedObject(c.Focused()))
}

// layers returns every layer of the ring: the window's and the dialogs'.
func (r *focusRing) layers() []*fyne.Container {
	out := []*fyne.Container{r.main}
	for _, l := range r.hosts {
		out = append(out, l)
	}
	return out
}

// prune forgets the layers of dialogs no longer shown.
func (r *focusRing) prune(shown []fyne.CanvasObject) {
	for p := range r.hosts {
		found := false
		for _, o := range shown {
			found = found || o == p
		}
		if !found {
			delete(r.hosts, p)
		}
	}
}

// ringedObject returns the focused object f when it gets a ring: shown,
// and not a field (an entry, which frames itself when focused).
func ringedObject(f fyne.Focusable) fyne.CanvasObject {
	o, ok := f.(fyne.CanvasObject)
	if !ok || o == nil || !o.Visible() {
		return nil
	}
	if _, field := f.(mobile.Keyboardable); field {
		return nil
	}
	return o
}

// placeRing shows layer's ring around o, or hides it when o is nil or not
// on the screen; it refreshes the ring only when it changed.
func placeRing(layer *fyne.Container, o fyne.CanvasObject) {
	ring := layer.Objects[0].(*canvas.Rectangle)
	pos, size, ok := ringFrame(layer, o)
	if !ok {
		if ring.Visible() {
			ring.Hide()
		}
		return
	}
	col := theme.Color(theme.ColorNamePrimary)
	radius := ringRadius()
	if ring.Visible() && ring.Position() == pos && ring.Size() == size && ring.StrokeColor == col && ring.CornerRadius == radius {
		return
	}
	ring.StrokeColor, ring.CornerRadius = col, radius
	ring.Move(pos)
	ring.Resize(size)
	ring.Show()
	ring.Refresh()
}

// ringRadius is the radius of the ring's corners: a field's, widened by
// the gap.
func ringRadius() float32 {
	return theme.InputRadiusSize() + ringGap
}
