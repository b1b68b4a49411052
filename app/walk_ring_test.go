package app

// checkFocusRing brings the focus ring up to date, as the window does
// every ringEvery, and checks that at most one ring shows, and only while
// a control that gets one has the focus.
func (w *walker) checkFocusRing() {
	ring := ringOf(w.f.u.win)
	var shown int
	var focused bool
	w.do(func() {
		ring.sync()
		for _, l := range ring.layers() {
			if l.Objects[0].Visible() {
				shown++
			}
		}
		focused = ringedObject(w.f.u.win.Canvas().Focused()) != nil
	})
	if shown > 1 {
		w.fail("%d focus rings show", shown)
	}
	if shown == 1 && !focused {
		w.fail("a focus ring shows while no control that gets one has the focus")
	}
}
