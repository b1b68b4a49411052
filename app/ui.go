// Package app is Claimdesk's Fyne desktop interface. It talks to storage only
// through the claims service interfaces and never imports a backend.
package app

import (
	"context"
	"os"
	"os/user"

	"fyne.io/fyne/v2"

	"claimdesk/claims"
)

// ui is the state every view shares: the Fyne app and window, the services
// and the navigation hooks the shell provides. Views hold a pointer to it.
type ui struct {
	app   fyne.App
	win   fyne.Window
	svc   claims.Services
	prefs fyne.Preferences

	// openClaim shows a claim in the claim editor (set by the shell).
	openClaim func(id string)
	// openArticle shows an article in the reader (set by the shell).
	openArticle func(id string)
	// changed tells the shell that records changed so lists can refresh.
	changed func()
	// importPaths imports article files (set by the articles view; the shell
	// calls it for files dropped on the window).
	importPaths func(paths []string)

	// opts are the options New was called with.
	opts Options
	// busy counts background jobs started by background; tests wait on it.
	busy busyCount
	// shell is the main window frame (navigation, toolbar, status line).
	shell *shell
	// openSource shows a source in the Sources view (set by the shell).
	openSource func(id string)
	// scales caches the rating scales (UI goroutine only); never nil.
	scales *scaleCache
	// stopCheck cancels the start-up integrity check (shell.checkDatabase);
	// nil until it started, which happens once per window.
	stopCheck context.CancelFunc
	// bothStatus is the status line that tells of pairs both linked and
	// dismissed, "" when none was shown (check_pairs.go).
	bothStatus string
	// stopWatch ends watchChanges; closeData closes the database (nil when
	// the program closes it); see switchData.
	stopWatch context.CancelFunc
	closeData func() error
	// goneMsg is set while a message that the server cannot be reached is
	// open (errors.go).
	goneMsg bool
}

// ctx returns a context carrying the checker's name for the history.
func (u *ui) ctx() context.Context {
	name := ""
	if u.prefs != nil {
		name = u.prefs.String(prefCheckerName)
	}
	if name == "" {
		name = osUser // until a name is set in Settings, as claimctl does
	}
	return claims.WithActor(context.Background(), name)
}

// osUser is the name of the operating-system user, "" if unknown.
var osUser = func() string {
	if cur, err := user.Current(); err == nil {
		return cur.Username
	}
	return os.Getenv("USER")
}()

// Preference keys.
const (
	prefCheckerName  = "checker.name"
	prefCheckerAsked = "checker.asked" // the first-start question was answered
	prefLanguage     = "ui.language"   // "", "en" or "de"
	prefTheme        = "ui.theme"      // "system", "light" or "dark"
	prefView         = "ui.view"       // last view shown
	prefWidth        = "window.width"
	prefHeight       = "window.height"
	prefSplitClaims  = "split.claims"
	prefSplitSource  = "split.sources"
	prefSortClaims   = "claims.sort"
)
