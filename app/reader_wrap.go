package app

import (
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// wrapMetrics estimates how many lines a wrapped label needs, so that the
// sentence list can give every row its height without laying out thousands
// of labels. Rune widths are measured once and summed per word; kerning only
// makes real text narrower, so the estimate errs on the safe side.
type wrapMetrics struct {
	ascii    [2][128]float32 // widths of ASCII runes, regular and bold
	other    [2]map[rune]float32
	oneLine  float32 // height of a one-line label
	perLine  float32 // height each further line adds
	padding  float32 // inner padding of a label on each side
	textSize float32
}

// newWrapMetrics measures the current theme's text. Call on the UI goroutine.
func newWrapMetrics() *wrapMetrics {
	m := &wrapMetrics{
		other:    [2]map[rune]float32{{}, {}},
		textSize: theme.TextSize(),
		padding:  theme.InnerPadding(),
	}
	for b := 0; b < 2; b++ {
		style := fyne.TextStyle{Bold: b == 1}
		for r := rune(32); r < 127; r++ {
			m.ascii[b][r] = fyne.MeasureText(string(r), m.textSize, style).Width
		}
	}
	one := (&widget.Label{Text: "X"}).MinSize().Height
	two := (&widget.Label{Text: "X\nX"}).MinSize().Height
	m.oneLine, m.perLine = one, two-one
	return m
}

// runeWidth returns the advance of r in regular or bold text.
func (m *wrapMetrics) runeWidth(r rune, bold bool) float32 {
	b := 0
	if bold {
		b = 1
	}
	if r >= 32 && r < 127 {
		return m.ascii[b][r]
	}
	if w, ok := m.other[b][r]; ok {
		return w
	}
	w := fyne.MeasureText(string(r), m.textSize, fyne.TextStyle{Bold: bold}).Width
	m.other[b][r] = w
	return w
}

// lines returns how many lines text takes in a word-wrapped label of the
// given outer width (the label's inner padding is taken off here).
func (m *wrapMetrics) lines(text string, width float32, bold bool) int {
	avail := (width - 2*m.padding) * 0.98
	if avail <= 0 {
		return 1
	}
	space := m.runeWidth(' ', bold)
	lines, line, word := 1, float32(0), float32(0)
	inWord := false
	flush := func() {
		if !inWord {
			return
		}
		switch {
		case line == 0:
			line = word
		case line+space+word <= avail:
			line += space + word
		default:
			lines++
			line = word
		}
		for line > avail { // a word longer than the line breaks inside
			lines++
			line -= avail
		}
		word, inWord = 0, false
	}
	for _, r := range text {
		switch {
		case r == '\n':
			flush()
			lines++
			line = 0
		case unicode.IsSpace(r):
			flush()
		default:
			word += m.runeWidth(r, bold)
			inWord = true
		}
	}
	flush()
	return lines
}

// height is the height of a label showing n lines.
func (m *wrapMetrics) height(n int) float32 {
	if n < 1 {
		n = 1
	}
	return m.oneLine + float32(n-1)*m.perLine
}
