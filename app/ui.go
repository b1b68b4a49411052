// Package app is Claimdesk's Fyne desktop interface. It talks to storage only
// through the claims service interfaces and never imports a backend.
package app

import (
	"context"

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
}

// ctx returns a context carrying the checker's name for the history.
func (u *ui) ctx() context.Context {
	name := ""
	if u.prefs != nil {
		name = u.prefs.String(prefCheckerName)
	}
	return claims.WithActor(context.Background(), name)
}

// Preference keys.
const (
	prefCheckerName = "checker.name"
)
