package app

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// TestNoVerdictChipReadable: the outlined chip of a claim without a
// verdict („Keine Bewertung“) stays readable in the claims list, on a
// row's background and on the selected row's, in the dark and the light
// theme (contrast at least 3:1, WCAG's bar for bold text and for the
// parts of a control). In the disabled colour it was barely visible on
// the selected row of the dark theme (desk35's walk).
func TestNoVerdictChipReadable(t *testing.T) {
	a := test.NewTempApp(t)
	for _, v := range []fyne.ThemeVariant{theme.VariantDark, theme.VariantLight} {
		a.Settings().SetTheme(&variantTheme{Theme: theme.DefaultTheme(), variant: v})
		chip := newChip()
		setChip(chip, "Keine Bewertung", nil)
		text := chip.Objects[1].(*fyne.Container).Objects[0].(*canvas.Text)
		for _, bg := range []fyne.ThemeColorName{theme.ColorNameBackground, theme.ColorNameSelection} {
			under := over(theme.Color(bg), theme.Color(theme.ColorNameBackground))
			if r := contrast(text.Color, under); r < 3 {
				t.Errorf("variant %d, on %s: contrast %.2f, want at least 3", v, bg, r)
			}
		}
	}
}

// over is c drawn over the opaque colour base.
func over(c, base color.Color) color.Color {
	r, g, b, a := c.RGBA()
	br, bgc, bb, _ := base.RGBA()
	mix := func(x, y uint32) uint8 { return uint8((x*a + y*(0xffff-a)) / 0xffff >> 8) }
	return color.NRGBA{mix(r*0xffff/max(a, 1), br), mix(g*0xffff/max(a, 1), bgc), mix(b*0xffff/max(a, 1), bb), 0xff}
}

// contrast is the WCAG contrast ratio of two colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// luminance is the WCAG relative luminance of c.
func luminance(c color.Color) float64 {
	r, g, b, _ := color.NRGBAModel.Convert(c).(color.NRGBA).RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}
