package app

import (
	"runtime"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// shortcut is one keyboard shortcut of the main window.
type shortcut struct {
	key    fyne.KeyName
	label  string // English key of what it does
	action func()
}

// shortcuts lists the window's own shortcuts (all with Ctrl). All but Save
// (which saves the evidence dialog when it is open) do nothing while a
// dialog is open: they would act on the window under it (noDialog).
func (s *shell) shortcuts() []shortcut {
	return []shortcut{
		{fyne.KeyN, "New claim", s.noDialog(s.onNewClaim)},
		{fyne.KeyS, "Save", s.onSave},
		{fyne.KeyF, "Search", s.noDialog(s.focusSearch)},
		{fyne.KeyI, "Import", s.noDialog(s.onImport)},
		{fyne.KeyO, "Open file…", s.noDialog(s.onOpenFile)},
		{fyne.KeyE, "Export", s.noDialog(s.onExport)},
		{fyne.Key1, "Show articles", s.showView(viewArticles)},
		{fyne.Key2, "Show claims", s.showView(viewClaims)},
		{fyne.Key3, "Show sources", s.showView(viewSources)},
		{fyne.Key4, "Show search", s.showView(viewSearch)},
		{fyne.KeyQ, "Quit", s.noDialog(s.u.onClose)},
		{fyne.KeyPageDown, "Next tab", s.noDialog(func() { s.switchTab(1) })},
		{fyne.KeyPageUp, "Previous tab", s.noDialog(func() { s.switchTab(-1) })},
	}
}

// noDialog returns action made to do nothing while a dialog (or another
// pop-up) is open over the window.
func (s *shell) noDialog(action func()) func() {
	return func() {
		if s.u.win.Canvas().Overlays().Top() != nil {
			return
		}
		action()
	}
}

// showView returns the action that shows the view key, not while a dialog
// is open: the view would change under it (Ctrl+1 … 4).
func (s *shell) showView(key string) func() {
	return s.noDialog(func() { s.show(key) })
}

// ctrl returns the Ctrl (Cmd on macOS) shortcut for key.
func ctrl(key fyne.KeyName) *desktop.CustomShortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
}

// labelledShortcut is Ctrl+key for a menu item that writes its modifier
// in the interface language ("Strg+N" in German): Fyne's menus write
// "Ctrl+" whatever the language. It matches the key press by name, as
// ctrl(key) does; its Mod is 0 and its Key carries the whole text.
type labelledShortcut struct {
	*desktop.CustomShortcut
	text string
}

// Key returns the shortcut's text for the menu, modifier included.
func (s labelledShortcut) Key() fyne.KeyName { return fyne.KeyName(s.text) }

// Mod returns no modifier: Key already names it.
func (s labelledShortcut) Mod() fyne.KeyModifier { return 0 }

// keyLabel is the name of key in a menu, in the interface language for
// the keys that have one ("Bild ab" for Page Down in German).
func keyLabel(key fyne.KeyName) string {
	switch key {
	case fyne.KeyPageDown:
		return lang.L("Page Down")
	case fyne.KeyPageUp:
		return lang.L("Page Up")
	}
	return string(key)
}

// menuShortcut returns the shortcut of a menu item for Ctrl+key, labelled
// in the interface language; on macOS, where menus show ⌘, ctrl(key).
func menuShortcut(key fyne.KeyName) fyne.Shortcut {
	if runtime.GOOS == "darwin" {
		return ctrl(key)
	}
	return labelledShortcut{CustomShortcut: ctrl(key), text: lang.L("Ctrl") + "+" + keyLabel(key)}
}

// registerShortcuts adds the shortcuts to the canvas (they also sit on the
// menu items, which makes them work while a text field has the focus) and
// the window's own keys (F1, Escape, Enter; see onWindowKey).
func (s *shell) registerShortcuts() {
	c := s.u.win.Canvas()
	for _, sc := range s.shortcuts() {
		action := sc.action
		c.AddShortcut(ctrl(sc.key), func(fyne.Shortcut) { s.u.safe("shortcut", action)() })
	}
	// Ctrl+Z reaches the canvas only when no text field has the focus
	// (the driver turns it into ShortcutUndo and gives it to the focused
	// widget first); it takes back "Not the same" (seen_undo.go) or the
	// claim the reader just made (reader_undo.go).
	c.AddShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) { s.u.safe("Undo", s.noDialog(s.undo))() })
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) { s.onWindowKey(ev) })
}

// menu returns the main menu; its items carry the shortcuts.
func (s *shell) menu() *fyne.MainMenu {
	item := func(label string, key fyne.KeyName, action func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(lang.L(label), s.u.safe(label, action))
		if key != "" {
			it.Shortcut = menuShortcut(key)
		}
		return it
	}
	exportItem := item("Export…", fyne.KeyE, s.noDialog(s.onExport))
	exportItem.Disabled = !exportAvailable
	return fyne.NewMainMenu(
		fyne.NewMenu(lang.L("File"),
			item("Import…", fyne.KeyI, s.noDialog(s.onImport)),
			item("Open file…", fyne.KeyO, s.noDialog(s.onOpenFile)),
			item("Import bundle…", "", s.onImportBundle),
			item("Import fact-check archive…", "", s.onImportArchive),
			item("New claim", fyne.KeyN, s.noDialog(s.onNewClaim)),
			item("Save", fyne.KeyS, s.onSave),
			exportItem,
			fyne.NewMenuItemSeparator(),
			item("Settings…", "", s.onSettings),
			fyne.NewMenuItemSeparator(),
			// Fyne's own Quit item, found by its label; it closes the window
			// as the window's close button does, asking about unsaved edits.
			item("Quit", fyne.KeyQ, s.noDialog(s.u.onClose)),
		),
		fyne.NewMenu(lang.L("View"),
			item("Articles", fyne.Key1, s.showView(viewArticles)),
			item("Claims", fyne.Key2, s.showView(viewClaims)),
			item("Sources", fyne.Key3, s.showView(viewSources)),
			item("Search", fyne.Key4, s.showView(viewSearch)),
			fyne.NewMenuItemSeparator(),
			item("Find…", fyne.KeyF, s.noDialog(s.focusSearch)),
			fyne.NewMenuItemSeparator(),
			item("Next tab", fyne.KeyPageDown, s.noDialog(func() { s.switchTab(1) })),
			item("Previous tab", fyne.KeyPageUp, s.noDialog(func() { s.switchTab(-1) })),
		),
		fyne.NewMenu(lang.L("Help"),
			item("Keyboard shortcuts", "", s.onHelp),
		),
	)
}

// onHelp shows the keyboard shortcuts.
func (s *shell) onHelp() {
	rows := [][2]string{
		{"Ctrl+N", "New claim"},
		{"Ctrl+S", "Save the claim, source or evidence"},
		{"Ctrl+F", "Go to the search box"},
		{"Ctrl+I", "Import an article"},
		{"Ctrl+O", "Open an article file"},
		{"Ctrl+E", "Export claims"},
		{"Ctrl+1 … 4", "Articles, Claims, Sources, Search"},
		{"Ctrl+PageDown / PageUp", "Next / previous tab of the claim or the article"},
		{"Ctrl+K", "Reader: make a claim from the selected text"},
		{"A", "Reader: accept the selected suggestion"},
		{"Ctrl+Z", "Seen before: take back the last “Not the same” or link; reader: the claim just made"},
		{"Tab / Shift+Tab", "Move to the next / previous field"},
		{"↑ / ↓, Space, Enter", "Lists: move to the next / previous row, open it"},
		{"↓", "Search box: go to the hits"},
		{`"…"  2,5`, "Search box: words in quotes and numbers such as 2,5 (or 2.5) stand together"},
		{"Ctrl+Enter", "Paste dialog: import the text"},
		{"Esc", "Close the dialog without changing anything"},
		{"Enter", "Dialogs: press the marked button (never one that deletes or overwrites)"},
		{"F1", "This help"},
		{"Ctrl+Q", "Quit (unsaved edits are asked about first)"},
	}
	grid := container.New(layout.NewFormLayout())
	for _, r := range rows {
		keys := strings.ReplaceAll(r[0], "Ctrl", lang.L("Ctrl"))
		keys = strings.ReplaceAll(keys, "Shift", lang.L("Shift"))
		keys = strings.ReplaceAll(keys, "Enter", lang.L("Enter"))
		keys = strings.ReplaceAll(keys, "Space", lang.L("Space"))
		keys = strings.ReplaceAll(keys, "PageDown", lang.L("Page Down"))
		keys = strings.ReplaceAll(keys, "PageUp", lang.L("Page Up"))
		grid.Add(&widget.Label{Text: keys, TextStyle: fyne.TextStyle{Bold: true}})
		grid.Add(&widget.Label{Text: lang.L(r[1])})
	}
	intro := &widget.Label{Text: lang.L("Claimdesk helps you check claims: import an article, accept the suggested claims, collect evidence and set a verdict."), Wrapping: fyne.TextWrapWord}
	scroll := container.NewVScroll(grid) // scrolls in a window lower than the list
	scroll.SetMinSize(fyne.NewSize(0, 240))
	body := border(container.NewVBox(intro, widget.NewSeparator()), nil, nil, nil, scroll)
	d := dialog.NewCustom(lang.L("Keyboard shortcuts"), lang.L("Close"), body, s.u.win)
	d.Resize(fyne.NewSize(560, min(grid.MinSize().Height+200, s.u.win.Canvas().Size().Height-40)))
	d.Show()
}

// debouncer runs a function once typing has paused for a while.
type debouncer struct {
	u     *ui
	delay time.Duration
	timer *time.Timer
}

// newDebouncer returns a debouncer with the given pause.
func newDebouncer(u *ui, delay time.Duration) *debouncer {
	return &debouncer{u: u, delay: delay}
}

// call (on the UI goroutine) schedules fn on the UI goroutine after the
// pause, dropping an earlier call that has not run yet.
func (d *debouncer) call(fn func()) {
	if d.timer != nil && d.timer.Stop() {
		d.u.busy.Done()
	}
	d.u.busy.Add(1)
	d.timer = time.AfterFunc(d.delay, func() {
		defer d.u.busy.Done()
		onUI(fn)
	})
}
