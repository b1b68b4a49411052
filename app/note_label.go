package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// noteLabel returns a wrapped label for text that ranks below the text it
// stands under (where an earlier check comes from, a hint under a field):
// smaller, in the foreground colour. Fyne draws a label of low importance
// in the disabled colour, whose contrast to the background is about 1.5
// in the dark theme and 1.3 in the light one, so such notes could hardly
// be read (TestNoLowImportanceLabels).
func noteLabel(text string) *widget.Label {
	return &widget.Label{Text: text, Wrapping: fyne.TextWrapWord, SizeName: theme.SizeNameCaptionText}
}
