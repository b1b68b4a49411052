package app

import (
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"claimdesk/assets"
	"claimdesk/claims"
)

// Options tune the main window.
type Options struct {
	// Location describes where the data lives (a database path), shown in
	// the status line and in Settings. Empty means svc.Maintenance.Location().
	Location string
}

// New builds Claimdesk's main window on a, working on svc, and returns it
// ready to show. It applies the saved language, theme and window size.
func New(a fyne.App, svc claims.Services, opts Options) fyne.Window {
	u := newUI(a, svc, opts)
	return u.win
}

// newUI is New returning the shared state, for tests.
func newUI(a fyne.App, svc claims.Services, opts Options) *ui {
	u := &ui{app: a, svc: svc, prefs: a.Preferences(), opts: opts,
		scales: &scaleCache{ratings: map[string]claims.Rating{}}}
	if u.opts.Location == "" && svc.Maintenance != nil {
		u.opts.Location = svc.Maintenance.Location()
	}
	applyLanguage(u.prefs.String(prefLanguage))
	applyTheme(a, u.prefs.StringWithFallback(prefTheme, themeSystem))
	u.win = a.NewWindow("Claimdesk")
	u.win.SetIcon(assets.Icon)
	w := u.prefs.FloatWithFallback(prefWidth, 1280)
	h := u.prefs.FloatWithFallback(prefHeight, 800)
	u.win.Resize(fyne.NewSize(float32(w), float32(h)))
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
	u.build()
	return u
}

// build (re)creates the window content, menu and shortcuts; it is called at
// start and after the interface language changed.
func (u *ui) build() {
	u.shell = newShell(u)
	u.win.SetContent(u.shell.content())
	u.win.SetMainMenu(u.shell.menu())
	u.shell.start()
}

// onClose asks about unsaved edits, remembers the window state and closes.
func (u *ui) onClose() {
	u.shell.guard(func() {
		u.shell.savePrefs()
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
