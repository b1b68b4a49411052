package app

import (
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

// shortcuts lists the window's own shortcuts (all with Ctrl).
func (s *shell) shortcuts() []shortcut {
	return []shortcut{
		{fyne.KeyN, "New claim", s.onNewClaim},
		{fyne.KeyS, "Save", s.onSave},
		{fyne.KeyF, "Search", s.focusSearch},
		{fyne.KeyI, "Import", s.onImport},
		{fyne.KeyE, "Export", s.onExport},
		{fyne.Key1, "Show articles", func() { s.show(viewArticles) }},
		{fyne.Key2, "Show claims", func() { s.show(viewClaims) }},
		{fyne.Key3, "Show sources", func() { s.show(viewSources) }},
		{fyne.Key4, "Show search", func() { s.show(viewSearch) }},
	}
}

// ctrl returns the Ctrl (Cmd on macOS) shortcut for key.
func ctrl(key fyne.KeyName) *desktop.CustomShortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
}

// registerShortcuts adds the shortcuts to the canvas (they also sit on the
// menu items, which makes them work while a text field has the focus) and
// F1 for help.
func (s *shell) registerShortcuts() {
	c := s.u.win.Canvas()
	for _, sc := range s.shortcuts() {
		action := sc.action
		c.AddShortcut(ctrl(sc.key), func(fyne.Shortcut) { action() })
	}
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if ev.Name == fyne.KeyF1 {
			s.onHelp()
		}
	})
}

// menu returns the main menu; its items carry the shortcuts.
func (s *shell) menu() *fyne.MainMenu {
	item := func(label string, key fyne.KeyName, action func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(lang.L(label), action)
		if key != "" {
			it.Shortcut = ctrl(key)
		}
		return it
	}
	exportItem := item("Export…", fyne.KeyE, s.onExport)
	exportItem.Disabled = !exportAvailable
	return fyne.NewMainMenu(
		fyne.NewMenu(lang.L("File"),
			item("Import…", fyne.KeyI, s.onImport),
			item("Import bundle…", "", s.onImportBundle),
			item("Import fact-check archive…", "", s.onImportArchive),
			item("New claim", fyne.KeyN, s.onNewClaim),
			item("Save", fyne.KeyS, s.onSave),
			exportItem,
			fyne.NewMenuItemSeparator(),
			item("Settings…", "", s.onSettings),
		),
		fyne.NewMenu(lang.L("View"),
			item("Articles", fyne.Key1, func() { s.show(viewArticles) }),
			item("Claims", fyne.Key2, func() { s.show(viewClaims) }),
			item("Sources", fyne.Key3, func() { s.show(viewSources) }),
			item("Search", fyne.Key4, func() { s.show(viewSearch) }),
			fyne.NewMenuItemSeparator(),
			item("Find…", fyne.KeyF, s.focusSearch),
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
		{"Ctrl+S", "Save the claim or source"},
		{"Ctrl+F", "Go to the search box"},
		{"Ctrl+I", "Import an article"},
		{"Ctrl+E", "Export claims"},
		{"Ctrl+1 … 4", "Articles, Claims, Sources, Search"},
		{"Ctrl+K", "Reader: make a claim from the selected text"},
		{"A", "Reader: accept the selected suggestion"},
		{"Tab / Shift+Tab", "Move to the next / previous field"},
		{"F1", "This help"},
	}
	grid := container.New(layout.NewFormLayout())
	for _, r := range rows {
		keys := strings.ReplaceAll(r[0], "Ctrl", lang.L("Ctrl"))
		grid.Add(&widget.Label{Text: keys, TextStyle: fyne.TextStyle{Bold: true}})
		grid.Add(&widget.Label{Text: lang.L(r[1])})
	}
	intro := &widget.Label{Text: lang.L("Claimdesk helps you check claims: import an article, accept the suggested claims, collect evidence and set a verdict."), Wrapping: fyne.TextWrapWord}
	d := dialog.NewCustom(lang.L("Keyboard shortcuts"), lang.L("Close"), container.NewVBox(intro, widget.NewSeparator(), grid), s.u.win)
	d.Resize(fyne.NewSize(560, 0))
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
