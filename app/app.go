package app

import (
	"context"
	"log"
	"os"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"claimdesk/assets"
	"claimdesk/claims"
)

// Options tune the main window.
type Options struct {
	// Location describes where the data lives (a database path), shown in
	// the status line and in Settings. Empty means svc.Maintenance.Location().
	Location string
	// Data, when set, lets Settings switch to another data location
	// (datalocation.go); CloseData closes the database the window opened
	// with once it switched away from it.
	Data      DataPlaces
	CloseData func() error
	// Fixed names what chose the location for this start ("--db" or
	// "CLAIMDESK_DB"), "" when Settings' choice or the default did.
	Fixed string
	// LocalFile is the default database file, offered when a server
	// location cannot be opened at start ("" offers nothing).
	LocalFile string
}

// New builds Claimdesk's main window on a, working on svc, and returns it
// ready to show. It applies the saved language, theme and window size.
func New(a fyne.App, svc claims.Services, opts Options) fyne.Window {
	u := newUI(a, svc, opts)
	ringOf(u.win).follow()
	hookButtonKeysSoon(u.win)
	return u.win
}

// Open shows the main window at once and opens the data with open in the
// background, so that opening (and checking) a large database overlaps with
// the window's start-up. The views appear when open returns; when it fails
// the window says so in plain words (and, for a server, asks for the
// password: openFailed). open also returns the function that closes the
// database (may be nil). Call ShowAndRun on the result.
func Open(a fyne.App, opts Options, open func() (claims.Services, func() error, error)) fyne.Window {
	applyLanguage(a.Preferences().String(prefLanguage))
	w := newWindow(a)
	ringOf(w).follow()
	hookButtonKeysSoon(w)
	msg := &widget.Label{Text: lang.L("Opening the database…") + "\n" + opts.Location, Alignment: fyne.TextAlignCenter}
	w.SetContent(centered(msg, widget.NewProgressBarInfinite()))
	startStallLog()
	go removeStaleSnapshotCopies(time.Now()) // left by earlier runs
	go func() {
		svc, closeData, err := open()
		doUI(func() { // holds uiMu, as every UI update from a goroutine
			if err != nil {
				log.Printf("claimdesk: open %s: %v", opts.Location, err)
				openFailed(a, w, opts, err)
				return
			}
			opts.CloseData = closeData
			newUIIn(a, w, svc, opts)
		})
	}()
	return w
}

// newWindow creates the main window with the icon and the saved size.
func newWindow(a fyne.App) fyne.Window {
	installSafeFiles() // every file dialog reads and writes safely
	win := a.NewWindow("Claimdesk")
	win.SetIcon(assets.Icon)
	win.SetOnClosed(func() {
		removeSnapshotCopies() // the copies opened with a viewer
		windowUIs.Delete(win.Canvas())
		forgetRing(win)
	})
	p := a.Preferences()
	w := p.FloatWithFallback(prefWidth, 1280)
	h := p.FloatWithFallback(prefHeight, 800)
	win.Resize(restoredSize(win, w, h))
	return win
}

// newUI is New returning the shared state, for tests.
func newUI(a fyne.App, svc claims.Services, opts Options) *ui {
	applyLanguage(a.Preferences().String(prefLanguage))
	return newUIIn(a, newWindow(a), svc, opts)
}

// newUIIn builds the main window's content in win.
func newUIIn(a fyne.App, win fyne.Window, svc claims.Services, opts Options) *ui {
	u := &ui{app: a, win: win, svc: svc, prefs: a.Preferences(), opts: opts,
		scales: &scaleCache{ratings: map[string]claims.Rating{}}}
	if u.opts.Location == "" && svc.Maintenance != nil {
		u.opts.Location = svc.Maintenance.Location()
	}
	applyTheme(a, u.prefs.StringWithFallback(prefTheme, themeSystem))
	u.win.SetCloseIntercept(u.onClose)
	u.win.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) {
		paths := make([]string, 0, len(uris))
		for _, uri := range uris {
			paths = append(paths, uri.Path())
		}
		if u.importPaths != nil && len(paths) > 0 {
			u.importPaths(paths)
		}
	})
	u.closeData = opts.CloseData
	windowUIs.Store(win.Canvas(), u) // a field's paste tells (tellDroppedIn)
	u.build()
	var watch context.Context
	watch, u.stopWatch = context.WithCancel(context.Background())
	u.watchChanges(watch) // ends when the database closes or the window switches
	return u
}

// build (re)creates the window content, menu and shortcuts; it is called at
// start and after the interface language changed.
func (u *ui) build() {
	u.shell = newShell(u)
	u.win.SetContent(ringOf(u.win).over(u.shell.content()))
	u.win.SetMainMenu(u.shell.menu())
	u.shell.start()
}

// onClose asks about unsaved edits, remembers the window state and closes.
func (u *ui) onClose() {
	u.shell.guard(func() {
		u.shell.savePrefs()
		if u.stopCheck != nil {
			u.stopCheck() // the database closes without waiting for it
		}
		u.win.Close()
	})
}

// applyLanguage makes code ("en", "de" or "" for the system language) the
// interface language: the locale match of lang runs again on loading.
func applyLanguage(code string) {
	switch {
	case code != "":
		_ = os.Setenv("LANGUAGE", code)
	case sysLanguageSet:
		_ = os.Setenv("LANGUAGE", sysLanguage)
	default:
		_ = os.Unsetenv("LANGUAGE")
	}
	_ = lang.AddTranslationsFS(assets.Translations, "translations")
}

// sysLanguage is $LANGUAGE as the process found it, restored when the
// person goes back to the system language.
var sysLanguage, sysLanguageSet = os.LookupEnv("LANGUAGE")

// uiLang returns "de" when the interface speaks German, else "en"; it picks
// rating labels to match.
func uiLang() string {
	if lang.L("Claims") == "Behauptungen" {
		return "de"
	}
	return "en"
}

// setLanguage switches the interface language at run time and rebuilds the
// window, after asking about unsaved edits.
func (u *ui) setLanguage(code string) {
	u.shell.guard(func() {
		u.prefs.SetString(prefLanguage, code)
		u.shell.savePrefs()
		applyLanguage(code)
		u.build()
	})
}
