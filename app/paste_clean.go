package app

import (
	"fyne.io/fyne/v2"

	"claimdesk/importer"
)

// Text pasted into a field can hold control characters that no text shows
// (a terminal's escape sequence, a bell, a C1 control from a PDF): Fyne's
// entry drew each as "�" with a gap, and they were stored so. The fields
// paste through cleanPaste, which drops them as an article's import does
// (importer.DropControls); tab and line feed stay. A NUL cannot be helped
// here: the desktop driver (GLFW) reads the clipboard as a C string, so a
// paste ends at a NUL before the field sees it.

// cleanClipboard is a clipboard whose content comes without control
// characters.
type cleanClipboard struct{ fyne.Clipboard }

// Content is the clipboard's text without control characters other than
// tab and line feed.
func (c cleanClipboard) Content() string { return importer.DropControls(c.Clipboard.Content()) }

// cleanPaste returns s, a paste with a clipboard that drops control
// characters when s is a paste.
func cleanPaste(s fyne.Shortcut) fyne.Shortcut {
	if p, ok := s.(*fyne.ShortcutPaste); ok && p.Clipboard != nil {
		return &fyne.ShortcutPaste{Clipboard: cleanClipboard{p.Clipboard}}
	}
	return s
}

// TypedShortcut pastes without control characters (cleanPaste).
func (e *keyEntry) TypedShortcut(s fyne.Shortcut) { e.Entry.TypedShortcut(cleanPaste(s)) }
