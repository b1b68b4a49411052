package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// A claims list row has the claim text on the full width of the list, and
// below it the verdict as a labelled chip in its colour, the score and the
// status. Object indexes of the row container:
const (
	rowText = 0 // *widget.Label
	rowMeta = 1 // *fyne.Container padding a box of chip, score, status
)

// newClaimRow returns an empty claims list row.
func newClaimRow() fyne.CanvasObject {
	text := &widget.Label{Text: "…", Truncation: fyne.TextTruncateEllipsis}
	score := &widget.Label{Text: "0.00", TextStyle: fyne.TextStyle{Monospace: true}, SizeName: theme.SizeNameCaptionText}
	st := &widget.Label{SizeName: theme.SizeNameCaptionText}
	meta := container.New(layout.NewCustomPaddedLayout(0, theme.Padding()/2, theme.Padding(), 0),
		container.NewHBox(newChip(), score, st))
	return &fyne.Container{Layout: compactVBox{}, Objects: []fyne.CanvasObject{text, meta}}
}

// fillClaimRow shows claim c (nil while its page loads) in row o.
func fillClaimRow(o fyne.CanvasObject, c *claims.Claim, scales *scaleCache) {
	row := o.(*fyne.Container)
	text := row.Objects[rowText].(*widget.Label)
	meta := row.Objects[rowMeta].(*fyne.Container).Objects[0].(*fyne.Container)
	chip := meta.Objects[0].(*fyne.Container)
	score := meta.Objects[1].(*widget.Label)
	st := meta.Objects[2].(*widget.Label)
	if c == nil {
		text.SetText("…")
		score.SetText("")
		st.SetText("")
		setChip(chip, "", nil)
		return
	}
	text.SetText(oneLine(c.Text, 300))
	if c.Score > 0 {
		score.SetText(formatScore(c.Score))
	} else {
		score.SetText("–")
	}
	st.SetText(statusLabel(c.Status))
	label, fill := verdictChip(c, scales)
	setChip(chip, label, fill)
}

// verdictChip returns the label and colour of c's verdict: its rating in
// the rating's colour, a free-text conclusion in the primary colour, a
// rating of a scale not read yet by its ID and nil, or "No verdict" and nil
// for none.
func verdictChip(c *claims.Claim, scales *scaleCache) (string, color.Color) {
	if scales != nil {
		if r, ok := scales.rating(c.RatingID); ok {
			return r.Label(uiLang()), parseColor(r.Color)
		}
	}
	if c.Conclusion != "" {
		return oneLine(c.Conclusion, 28), theme.Color(theme.ColorNamePrimary)
	}
	if c.RatingID != "" {
		return oneLine(c.RatingID, 28), nil // of a scale not read yet: a verdict all the same
	}
	return lang.L("No verdict"), nil
}

// newChip returns an empty chip: a rounded box with a short label.
func newChip() *fyne.Container {
	bg := canvas.NewRectangle(color.Transparent)
	bg.CornerRadius = 8
	bg.StrokeWidth = 1
	t := canvas.NewText("", theme.Color(theme.ColorNameForeground))
	t.TextSize = theme.TextSize() * 0.85
	t.TextStyle = fyne.TextStyle{Bold: true}
	return container.NewStack(bg, container.New(chipPadding{}, t))
}

// setChip shows label on fill (nil: a chip outlined in the placeholder
// colour with text in the foreground colour, readable on a row and on the
// selected row), with text in black or white, whichever reads better.
func setChip(chip *fyne.Container, label string, fill color.Color) {
	bg := chip.Objects[0].(*canvas.Rectangle)
	t := chip.Objects[1].(*fyne.Container).Objects[0].(*canvas.Text)
	t.Text = label
	if fill == nil {
		bg.FillColor = color.Transparent
		bg.StrokeColor = theme.Color(theme.ColorNamePlaceHolder)
		t.Color = theme.Color(theme.ColorNameForeground)
	} else {
		bg.FillColor, bg.StrokeColor = fill, fill
		t.Color = readableOn(fill)
	}
	if label == "" {
		chip.Hide()
	} else {
		chip.Show()
	}
	bg.Refresh()
	t.Refresh()
	chip.Refresh()
}

// readableOn returns black or white, whichever contrasts more with c.
func readableOn(c color.Color) color.Color {
	r, g, b, _ := c.RGBA()
	// relative luminance, roughly (sRGB weights on the 16-bit channels)
	if 0.299*float64(r)+0.587*float64(g)+0.114*float64(b) > 0.55*0xffff {
		return color.Black
	}
	return color.White
}

// chipPadding centres one text object with a little room around it.
type chipPadding struct{}

// MinSize is the text's size plus the padding.
func (chipPadding) MinSize(objs []fyne.CanvasObject) fyne.Size {
	m := objs[0].MinSize()
	return fyne.NewSize(m.Width+2*theme.Padding()+4, m.Height+2)
}

// Layout centres the text.
func (chipPadding) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	m := objs[0].MinSize()
	objs[0].Resize(m)
	objs[0].Move(fyne.NewPos((size.Width-m.Width)/2, (size.Height-m.Height)/2))
}
