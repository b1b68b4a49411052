package app

import (
	"fmt"
	"image"
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/mobile"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TestFocusShownClearly: a keyboard user opens a claim and walks with Tab
// over the claims view, then over a question („Delete claim?“). Every
// control the focus lands on (buttons of each kind, the lists, selects and
// check boxes; fields frame themselves) must look different focused: some
// pixel on or around it changes by a contrast of at least 3:1, in the dark
// and the light theme. Fyne only blends 16 % of the primary blue into a
// focused button: contrast 1.0 on the accent-coloured default button,
// 1.1–1.3 on the others (desk35's keyboard walk saw nothing).
func TestFocusShownClearly(t *testing.T) {
	for _, variant := range []string{themeDark, themeLight} {
		t.Run(variant, func(t *testing.T) {
			f := newScenario(t)
			a := fyne.CurrentApp()
			applyTheme(a, variant)
			t.Cleanup(func() { applyTheme(a, themeSystem) })
			f.addClaim("Die Gemeinde Oberwald hat im Jahr 2024 rund 4.200 Einwohner gezählt.")
			f.do(func() { f.s.show(viewClaims); f.s.claims.list.Select(0) })
			f.do(func() { test.Tap(findButtonIn(f.win().Canvas().Content(), "More filters")) })
			f.do(func() { f.win().Content().Refresh() }) // the desktop canvas lays out what grew
			kinds := map[string]bool{}
			check := func(o fyne.CanvasObject) {
				for _, s := range tabStops(o) {
					checkFocusShown(t, f, s)
					kinds[kindOf(s.(fyne.CanvasObject))] = true
				}
			}
			check(f.win().Canvas().Content())
			// a question that only destroys or keeps, and one that acts
			f.do(func() {
				f.u.askText("Delete claim?", "The claim and its history are deleted.",
					cancelAnswer(nil), answer{label: "Delete", kind: destroys})
			})
			check(f.win().Canvas().Overlays().Top())
			f.do(func() { f.win().Canvas().Overlays().Top().Hide() })
			f.do(func() {
				f.u.askText("Import text?", "The text becomes an article.",
					cancelAnswer(nil), answer{label: "Import", kind: acts})
			})
			check(f.win().Canvas().Overlays().Top())
			for _, k := range []string{"button 0", "button 1", "button 2", "button 3", "*widget.Check", "*app.keySelect", "*widget.List"} {
				if !kinds[k] {
					t.Errorf("no %s was checked", k)
				}
			}
		})
	}
}

// tabStops returns the shown, enabled controls inside o that Tab walks
// onto, fields left out.
func tabStops(o fyne.CanvasObject) []fyne.Focusable {
	var out []fyne.Focusable
	for _, k := range shownObjects(o, nil) {
		f, ok := k.(fyne.Focusable)
		if !ok {
			continue
		}
		if d, ok := k.(fyne.Disableable); ok && d.Disabled() {
			continue
		}
		if _, field := k.(mobile.Keyboardable); field {
			continue
		}
		out = append(out, f)
	}
	return out
}

// checkFocusShown captures the window with nothing focused and with o
// focused, and fails unless some pixel within 6 of o changes by a
// contrast of 3:1 or more.
func checkFocusShown(t *testing.T, f *shellFixture, o fyne.Focusable) {
	t.Helper()
	c := f.win().Canvas()
	ring := ringOf(f.win())
	f.do(func() { c.Unfocus(); ring.sync() })
	before := c.Capture()
	f.do(func() { c.Focus(o); ring.sync() })
	after := c.Capture()
	f.do(func() { c.Unfocus(); ring.sync() })
	obj := o.(fyne.CanvasObject)
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(obj)
	scale := float32(after.Bounds().Dx()) / c.Size().Width
	area := image.Rect(int((at.X-6)*scale), int((at.Y-6)*scale),
		int((at.X+obj.Size().Width+6)*scale), int((at.Y+obj.Size().Height+6)*scale))
	if r := largestChange(before, after, area); r < 3 {
		t.Errorf("%s: focused, no pixel on or around it changes by more than %.2f:1, want 3:1", describe(obj), r)
	}
}

// largestChange is the largest contrast between a pixel of a and the same
// pixel of b inside area.
func largestChange(a, b image.Image, area image.Rectangle) float64 {
	area = area.Intersect(a.Bounds())
	best := 1.0
	for y := area.Min.Y; y < area.Max.Y; y++ {
		for x := area.Min.X; x < area.Max.X; x++ {
			best = max(best, contrast(a.At(x, y), b.At(x, y)))
		}
	}
	return best
}

// kindOf names the kind of a control: a button with its importance, or
// its type.
func kindOf(o fyne.CanvasObject) string {
	if b, ok := o.(*widget.Button); ok {
		return fmt.Sprintf("button %d", b.Importance)
	}
	return fmt.Sprintf("%T", o)
}

// describe names a control for a failure message.
func describe(o fyne.CanvasObject) string {
	if b, ok := o.(*widget.Button); ok {
		return fmt.Sprintf("button %q (importance %d)", b.Text, b.Importance)
	}
	return fmt.Sprintf("%T", o)
}

// TestFocusRingContrast: the focus ring's colour stands out at least 3:1
// (WCAG's bar for the parts of a control) from the window's and a
// dialog's background, in the dark and the light theme.
func TestFocusRingContrast(t *testing.T) {
	a := test.NewTempApp(t)
	for _, v := range []fyne.ThemeVariant{theme.VariantDark, theme.VariantLight} {
		a.Settings().SetTheme(&variantTheme{Theme: theme.DefaultTheme(), variant: v})
		ring := theme.Color(theme.ColorNamePrimary)
		for _, bg := range []fyne.ThemeColorName{theme.ColorNameBackground, theme.ColorNameOverlayBackground} {
			if r := contrast(ring, opaque(theme.Color(bg))); r < 3 {
				t.Errorf("variant %d, on %s: contrast %.2f, want at least 3", v, bg, r)
			}
		}
	}
}

// opaque is c without its alpha.
func opaque(c color.Color) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = 0xff
	return n
}

// TestFocusRingOneLayerPerDialog: a dialog shown, hidden and shown again
// (Export after "Nothing was exported") keeps the one ring layer it got.
func TestFocusRingOneLayerPerDialog(t *testing.T) {
	f := newScenario(t)
	c := f.win().Canvas()
	ring := ringOf(f.win())
	f.do(f.s.onExport)
	d := f.s.exporter
	for range 3 {
		f.do(func() { c.Focus(d.history); ring.sync() })
		f.do(func() { d.dlg.Hide(); ring.sync() })
		f.do(func() { d.dlg.Show() })
	}
	f.do(func() { ring.sync() })
	box := c.Overlays().Top().(*widget.PopUp).Content.(*fyne.Container)
	n := 0
	for _, o := range box.Objects {
		if l, ok := o.(*fyne.Container); ok && ringLayerIn(&fyne.Container{Objects: []fyne.CanvasObject{l}}) != nil {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the dialog holds %d ring layers, want 1", n)
	}
}
