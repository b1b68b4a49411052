package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// onWindowKey handles the keys the whole window answers to, whatever view
// is shown: F1 shows the help, Escape closes the topmost dialog, Enter or
// Return closes a notice (a dialog with a single button or a Close
// button) or presses the topmost dialog's default button (the rule is
// ask.go's). It reports whether it used the key. Call on the UI goroutine.
func (s *shell) onWindowKey(ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyF1:
		s.onHelp()
		return true
	case fyne.KeyEscape:
		return s.dismissTop(dismissLabels())
	case fyne.KeyReturn, fyne.KeyEnter:
		return s.closeNotice() || s.pressDefault()
	}
	return false
}

// dismissLabels are the labels of buttons that close a dialog without doing
// anything, best first ("OK" is how a notice closes; "Keep editing" answers
// the question about unsaved changes by going back to them; "No" answers
// "Replace the file?", with Fyne's own label). The button of a question
// that keeps everything carries one of them (ask.go).
func dismissLabels() []string {
	return []string{lang.L("Cancel"), lang.L("Keep editing"), lang.L("No"), lang.L("Close"), lang.L("Later"), lang.L("OK")}
}

// pressDefault presses the default button of the topmost dialog: its only
// enabled button of high importance (the accent colour; see ask). It
// reports whether it pressed one.
func (s *shell) pressDefault() bool {
	top := s.u.win.Canvas().Overlays().Top()
	if top == nil {
		return false
	}
	var def *widget.Button
	for _, b := range buttonsIn(top, nil) {
		if b.Importance != widget.HighImportance || b.Disabled() || b.OnTapped == nil {
			continue
		}
		if def != nil {
			return false // two marked buttons: none is the default
		}
		def = b
	}
	if def == nil {
		return false
	}
	def.OnTapped()
	return true
}

// pressTop presses the first of labels found among the enabled buttons of
// the topmost dialog; it reports whether it pressed one.
func (s *shell) pressTop(labels []string) bool {
	top := s.u.win.Canvas().Overlays().Top()
	if top == nil {
		return false
	}
	buttons := buttonsIn(top, nil)
	for _, l := range labels {
		for _, b := range buttons {
			if b.Text == l && !b.Disabled() && b.OnTapped != nil {
				b.OnTapped()
				return true
			}
		}
	}
	return false
}

// dismissTop presses the first of labels found among the buttons of the
// topmost dialog, or hides a pop-up that has none of them.
func (s *shell) dismissTop(labels []string) bool {
	if s.pressTop(labels) {
		return true
	}
	top := s.u.win.Canvas().Overlays().Top()
	if p, ok := top.(*widget.PopUp); ok && len(buttonsIn(top, nil)) == 0 {
		p.Hide()
		return true
	}
	return false
}

// closeNotice presses the only button of the topmost dialog, if it has
// exactly one (a message, not a question), or its Close button: a message
// that offers more ("Export finished" also offers Open and Show in folder)
// closes on Enter as well. A lone Cancel is not a message's: it stops work
// under way (an export, an import) and is left to Escape or a click
// (ask.go's rule).
func (s *shell) closeNotice() bool {
	top := s.u.win.Canvas().Overlays().Top()
	if top == nil {
		return false
	}
	buttons := buttonsIn(top, nil)
	if len(buttons) > 1 {
		for _, b := range buttons {
			if b.Text == lang.L("Close") {
				buttons = []*widget.Button{b}
				break
			}
		}
	}
	if len(buttons) != 1 || buttons[0].Disabled() || buttons[0].OnTapped == nil || buttons[0].Text == lang.L("Cancel") {
		return false
	}
	buttons[0].OnTapped()
	return true
}

// buttonsIn appends the visible buttons inside o to found: o's containers
// and, for a pop-up (every dialog is one), its content.
func buttonsIn(o fyne.CanvasObject, found []*widget.Button) []*widget.Button {
	if o == nil || !o.Visible() {
		return found
	}
	if b, ok := o.(*widget.Button); ok {
		return append(found, b)
	}
	switch c := o.(type) {
	case *fyne.Container:
		for _, k := range c.Objects {
			found = buttonsIn(k, found)
		}
	case *widget.PopUp:
		found = buttonsIn(c.Content, found)
	}
	return found
}

// keyEntry is an entry that lets the window have the keys it answers to
// (F1, and Escape while a dialog is open) instead of swallowing them.
type keyEntry struct {
	widget.Entry
	onKey func(*fyne.KeyEvent) bool
	// onDown (may be nil) is offered the Down arrow first; it reports
	// whether it used the key (the search box moves to its hits).
	onDown func() bool
}

// offerWindowKey offers F1 and Escape typed in a focused list to onKey (the
// window's, u.windowKey; may be nil), as the text fields do: a list took
// them and did nothing, so F1 showed no help once a row had been clicked.
// It reports whether the window used the key.
func offerWindowKey(onKey func(*fyne.KeyEvent) bool, ev *fyne.KeyEvent) bool {
	return (ev.Name == fyne.KeyF1 || ev.Name == fyne.KeyEscape) && onKey != nil && onKey(ev)
}

// windowKey offers a key typed in a text field to the window (see
// onWindowKey); it reports whether the window used it.
func (u *ui) windowKey(ev *fyne.KeyEvent) bool {
	if u.shell == nil {
		return false
	}
	return u.shell.onWindowKey(ev)
}

// lineEntry returns a one-line entry that lets the window have F1 and
// Escape; changed (may be nil) is its OnChanged.
func (u *ui) lineEntry(placeholder string, changed func(string)) *keyEntry {
	e := newKeyEntry(u.windowKey)
	e.PlaceHolder, e.OnChanged = placeholder, changed
	return e
}

// newKeyEntry returns an empty single-line entry passing window keys to onKey.
func newKeyEntry(onKey func(*fyne.KeyEvent) bool) *keyEntry {
	e := &keyEntry{onKey: onKey}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey offers F1 and Escape to the window first, and Down to onDown;
// Enter too when the field does nothing with it (one line, no
// OnSubmitted), so that Enter in a dialog's field does what it does in the
// dialog (in the Export dialog: „Datei wählen…“; walk30 found it doing
// nothing there).
func (e *keyEntry) TypedKey(ev *fyne.KeyEvent) {
	if (ev.Name == fyne.KeyF1 || ev.Name == fyne.KeyEscape) && e.onKey != nil && e.onKey(ev) {
		return
	}
	if isEnter(ev) && !e.MultiLine && e.OnSubmitted == nil && e.onKey != nil && e.onKey(ev) {
		return
	}
	if ev.Name == fyne.KeyDown && e.onDown != nil && e.onDown() {
		return
	}
	e.Entry.TypedKey(ev)
}

// isEnter reports whether ev is Return or the keypad's Enter.
func isEnter(ev *fyne.KeyEvent) bool {
	return ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter
}
