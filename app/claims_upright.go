package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// While the claims list stands above the editor (a window too narrow for
// both side by side, such as 800×600), the list kept only its minimum: one
// row, the rest of the height going to the editor (walk32). Now it keeps
// uprightRows rows, and its title moves into the row of the status and
// sort choices, so that the editor keeps the height it had.

// uprightRows is how many rows the claims list shows at least while it
// stands above the editor.
const uprightRows = 3

// upright reports whether the list stands above the editor.
func (v *claimsView) upright() bool { return v.split != nil && !v.split.Horizontal }

// listRows is the layout of the part of the list pane that holds the list:
// a stack, at least uprightRows rows high while the pane stands upright.
type listRows struct {
	upright func() bool
	row     func() float32 // the height of one row
}

// MinSize is the stack's, and uprightRows rows high while upright.
func (l listRows) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s := fyne.NewSize(0, 0)
	for _, o := range objs {
		if o.Visible() {
			s = s.Max(o.MinSize())
		}
	}
	if l.upright() {
		s.Height = max(s.Height, uprightRows*l.row()+(uprightRows-1)*theme.Padding())
	}
	return s
}

// Layout gives every child all the room.
func (listRows) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// headRow is the layout of the list's title (objs[0]), its status and
// sort choices (objs[1]) and the More filters button (objs[2]): one below
// the other, and side by side while the pane stands upright and is wide
// enough for the three. Its minimum width is the widest of them in both
// cases, so that the list pane is never the reason the split stands
// upright.
type headRow struct {
	upright func() bool
	width   *float32 // the width last laid out in; 0 before the first layout
}

// oneRow reports whether the three stand side by side in width w.
func (h headRow) oneRow(objs []fyne.CanvasObject, w float32) bool {
	need := objs[0].MinSize().Width + objs[1].MinSize().Width + objs[2].MinSize().Width + 2*theme.Padding()
	return h.upright() && (w == 0 || w >= need)
}

// MinSize is the widest by the heights stacked, or by the tallest when
// they stand side by side.
func (h headRow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s := fyne.NewSize(0, 0)
	for _, o := range objs {
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		if h.oneRow(objs, *h.width) {
			s.Height = max(s.Height, m.Height)
		} else {
			s.Height += m.Height
		}
	}
	if !h.oneRow(objs, *h.width) {
		s.Height += 2 * theme.Padding()
	}
	return s
}

// Layout places the title, the choices (taking the room left) and the
// button in a row, or the three one below the other, the button as wide
// as its text.
func (h headRow) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	*h.width = size.Width
	a, b, c := objs[0].MinSize(), objs[1].MinSize(), objs[2].MinSize()
	if h.oneRow(objs, size.Width) {
		objs[0].Move(fyne.NewPos(0, (size.Height-a.Height)/2))
		objs[0].Resize(a)
		x := a.Width + theme.Padding()
		w := size.Width - x - c.Width - theme.Padding()
		objs[1].Move(fyne.NewPos(x, (size.Height-b.Height)/2))
		objs[1].Resize(fyne.NewSize(w, b.Height))
		objs[2].Move(fyne.NewPos(size.Width-c.Width, (size.Height-c.Height)/2))
		objs[2].Resize(c)
		return
	}
	y := float32(0)
	for i, o := range objs {
		m := o.MinSize()
		w := size.Width
		if i == 2 {
			w = m.Width
		}
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(w, m.Height))
		y += m.Height + theme.Padding()
	}
}

// uprightHead returns the title, choices and More filters button in a
// headRow.
func (v *claimsView) uprightHead(title, choices, more fyne.CanvasObject) *fyne.Container {
	return container.New(headRow{upright: v.upright, width: new(float32)}, title, choices, more)
}

// foldButton returns a button that shows and hides part (hidden at
// first), its arrow pointing down while part is hidden, up while shown, as
// Fyne's accordion does, and the container to place part by: as wide as
// part also while it is hidden (as the accordion was), so that showing it
// does not turn the split.
func foldButton(label string, part fyne.CanvasObject) (*widget.Button, *fyne.Container) {
	part.Hide()
	b := &widget.Button{Text: label, Icon: theme.MenuDropDownIcon(), Importance: widget.LowImportance, Alignment: widget.ButtonAlignLeading}
	b.OnTapped = func() {
		if part.Visible() {
			part.Hide()
			b.SetIcon(theme.MenuDropDownIcon())
		} else {
			part.Show()
			b.SetIcon(theme.MenuDropUpIcon())
		}
	}
	return b, container.New(foldedWidth{}, part)
}

// foldedWidth is the layout of a part that may be hidden: as wide as the
// part, and as high only while it is shown.
type foldedWidth struct{}

// MinSize is the part's width, and its height while shown.
func (foldedWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	m := objs[0].MinSize()
	if !objs[0].Visible() {
		m.Height = 0
	}
	return m
}

// Layout gives the part all the room.
func (foldedWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
}

// uprightList returns the list's stack in a listRows.
func (v *claimsView) uprightList(objs ...fyne.CanvasObject) *fyne.Container {
	row := func() float32 { return newClaimRow().MinSize().Height }
	return container.New(listRows{upright: v.upright, row: row}, objs...)
}

// headingRow returns the editor's heading over its line of score, change
// and author, or (while upright) beside it.
func (e *claimEditor) headingRow() *fyne.Container {
	upright := e.upright
	if upright == nil {
		upright = func() bool { return false }
	}
	return container.New(besideUpright{upright: upright}, e.heading, e.meta)
}

// besideUpright is the layout of a heading label (objs[0]) and a line of
// details (objs[1]), both truncated: one above the other, or side by side
// while upright, the heading as wide as its text (at most half the row).
type besideUpright struct{ upright func() bool }

// MinSize is both stacked, or side by side.
func (b besideUpright) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h, d := objs[0].MinSize(), objs[1].MinSize()
	if b.upright() {
		return fyne.NewSize(h.Width+theme.Padding()+d.Width, max(h.Height, d.Height))
	}
	return fyne.NewSize(max(h.Width, d.Width), h.Height+theme.Padding()+d.Height)
}

// Layout places the heading, then the details below it or to its right.
func (b besideUpright) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	h, d := objs[0].MinSize(), objs[1].MinSize()
	if !b.upright() {
		objs[0].Move(fyne.NewPos(0, 0))
		objs[0].Resize(fyne.NewSize(size.Width, h.Height))
		objs[1].Move(fyne.NewPos(0, h.Height+theme.Padding()))
		objs[1].Resize(fyne.NewSize(size.Width, d.Height))
		return
	}
	w := min(textWidth(objs[0]), size.Width/2)
	objs[0].Move(fyne.NewPos(0, (size.Height-h.Height)/2))
	objs[0].Resize(fyne.NewSize(w, h.Height))
	x := w + theme.Padding()
	objs[1].Move(fyne.NewPos(x, (size.Height-d.Height)/2))
	objs[1].Resize(fyne.NewSize(max(0, size.Width-x), d.Height))
}

// textWidth is the width a label needs for its whole text (a truncated
// label's minimum is only the ellipsis).
func textWidth(o fyne.CanvasObject) float32 {
	l, ok := o.(*widget.Label)
	if !ok {
		return o.MinSize().Width
	}
	return fyne.MeasureText(l.Text, theme.TextSize(), l.TextStyle).Width + 2*theme.InnerPadding() + 2*theme.Padding()
}
