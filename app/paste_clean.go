package app

import (
	"strings"

	"fyne.io/fyne/v2"

	"claimdesk/importer"
)

// Text pasted into a field can hold control characters that no text shows
// (a terminal's escape sequence, a bell, a C1 control from a PDF): Fyne's
// entry drew each as "�" with a gap, and they were stored so. The fields
// paste through cleanPaste, which drops them as an article's import does
// (importer.DropControls); tab and line feed stay, and the controls that
// end a line (carriage return, vertical tab, form feed) become
// line feeds, so that the words around them stay apart.
//
// The desktop driver (GLFW) reads the X clipboard as a C string, so its
// text ended at a NUL: an article pasted with a NUL in it lost everything
// after it, without a word. The paste reads the clipboard itself where it
// can (readSelection, X11) and takes that text when the driver's is the
// part of it before the first NUL; the NUL is then dropped with the other
// controls.

// cleanClipboard is a clipboard whose content comes without control
// characters; the window of the field from says how many it dropped
// (tellDroppedIn).
type cleanClipboard struct {
	fyne.Clipboard
	from fyne.CanvasObject
}

// Content is the clipboard's whole text (wholeClip) cleaned (cleanText).
func (c cleanClipboard) Content() string {
	text, dropped := cleanCount(wholeClip(c.Clipboard.Content(), readClipboard))
	tellDroppedIn(c.from, dropped)
	return text
}

// readClipboard reads the clipboard's text itself (a variable: tests play
// the X clipboard).
var readClipboard = readSelection

// wholeClip returns the clipboard's whole text: driverText, or what read
// returns when driverText is the start of it cut at a NUL (GLFW cuts at
// the first NUL, and at the first NUL of each part of a text sent in
// parts).
func wholeClip(driverText string, read func() (string, bool)) string {
	whole, ok := read()
	if !ok {
		return driverText
	}
	i := strings.IndexByte(whole, 0)
	if i < 0 || len(driverText) >= len(whole) || !strings.HasPrefix(driverText, whole[:i]) {
		return driverText
	}
	return whole
}

// lineEnds makes the controls that end a line line feeds.
var lineEnds = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\v", "\n", "\f", "\n")

// cleanText is s with line feeds for the controls that end a line and
// without the other control characters but tab.
func cleanText(s string) string {
	text, _ := cleanCount(s)
	return text
}

// cleanCount is cleanText and the number of control characters dropped
// (not those made line feeds).
func cleanCount(s string) (string, int) {
	s = lineEnds.Replace(s)
	return importer.DropControls(s), importer.CountControls(s)
}

// cleanPaste returns s, a paste with a clipboard that drops control
// characters when s is a paste into the field from.
func cleanPaste(s fyne.Shortcut, from fyne.CanvasObject) fyne.Shortcut {
	if p, ok := s.(*fyne.ShortcutPaste); ok && p.Clipboard != nil {
		return &fyne.ShortcutPaste{Clipboard: cleanClipboard{p.Clipboard, from}}
	}
	return s
}

// TypedShortcut pastes without control characters (cleanPaste).
func (e *keyEntry) TypedShortcut(s fyne.Shortcut) { e.Entry.TypedShortcut(cleanPaste(s, e)) }
