package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// statusTextMin is the least width a status message keeps beside its
// buttons before they drop their labels.
const statusTextMin float32 = 320

// compactRow lays out a message with buttons on its right, such as the
// reader's "Claim created: …" with Undo and Open in editor. In a narrow
// window the labelled buttons left the message a word ("Behaupt…"); when
// fewer than statusTextMin would be left for it, the buttons show their
// icons alone (Tab and Enter reach them as before), and their labels come
// back when the window is wide enough again.
type compactRow struct {
	text    fyne.CanvasObject
	box     *fyne.Container // the buttons, side by side
	buttons []*widget.Button
	labels  []string         // each button's label when it shows one
	full    []*widget.Button // the buttons with their labels, never shown: measured
}

// newCompactRow returns the row of text and buttons, in reading order.
func newCompactRow(text fyne.CanvasObject, buttons ...*widget.Button) *fyne.Container {
	c := &compactRow{text: text, buttons: buttons, box: container.NewHBox()}
	for _, b := range buttons {
		c.labels = append(c.labels, b.Text)
		c.full = append(c.full, &widget.Button{Text: b.Text, Icon: b.Icon, Importance: b.Importance})
		c.box.Add(b)
	}
	return container.New(c, text, c.box)
}

// MinSize is the message's least width beside the buttons as they are.
func (c *compactRow) MinSize([]fyne.CanvasObject) fyne.Size {
	t, b := c.text.MinSize(), c.box.MinSize()
	return fyne.NewSize(t.Width+theme.Padding()+b.Width, max(t.Height, b.Height))
}

// Layout gives the buttons their labels when the message keeps
// statusTextMin beside them, else their icons alone, and the message the
// rest of the width.
func (c *compactRow) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	c.label(size.Width-c.labelledWidth() >= statusTextMin)
	b := c.box.MinSize()
	c.box.Resize(fyne.NewSize(b.Width, size.Height))
	c.box.Move(fyne.NewPos(size.Width-b.Width, 0))
	c.text.Resize(fyne.NewSize(max(0, size.Width-b.Width-theme.Padding()), size.Height))
	c.text.Move(fyne.NewPos(0, 0))
}

// labelledWidth is the width of the shown buttons with their labels.
func (c *compactRow) labelledWidth() float32 {
	var w float32
	for i, b := range c.buttons {
		if b.Visible() {
			w += c.full[i].MinSize().Width + theme.Padding()
		}
	}
	return w
}

// label gives every button its label (on) or none.
func (c *compactRow) label(on bool) {
	for i, b := range c.buttons {
		want := ""
		if on {
			want = c.labels[i]
		}
		if b.Text != want {
			b.SetText(want)
		}
	}
}
