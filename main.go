// Command claimdesk is the desktop app for fact-checkers: it opens the local
// database (or the newsroom's PostgreSQL server, when --db or $CLAIMDESK_DB
// is a postgres:// URL) and shows the main window.
package main

import (
	"flag"
	"log"

	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/lang"

	"claimdesk/app"
	"claimdesk/assets"
	"claimdesk/claims"
	"claimdesk/storage"
	"claimdesk/storage/backend"
)

// opening is the outcome of opening the database.
type opening struct {
	db  *backend.Opened
	err error
}

func main() {
	dbFlag := flag.String("db", "", "database file or postgres:// URL (default: $"+storage.EnvDB+" or the user config directory)")
	flag.Parse()
	path, err := storage.DefaultDBPath()
	if *dbFlag != "" {
		path, err = *dbFlag, nil
	}
	// Open (and check) the database while the window starts up.
	done := make(chan opening, 1)
	go func() {
		if err != nil {
			done <- opening{err: err}
			return
		}
		db, err := backend.Open(path)
		done <- opening{db, err}
	}()

	a := fyneapp.NewWithID("org.claimdesk.app")
	a.SetIcon(assets.Icon)
	if err := lang.AddTranslationsFS(assets.Translations, "translations"); err != nil {
		log.Printf("claimdesk: translations: %v", err)
	}
	w := app.Open(a, app.Options{Location: backend.Describe(path)}, func() (claims.Services, error) {
		o := <-done
		done <- o // back for closing at exit
		if o.err != nil {
			return claims.Services{}, o.err
		}
		return o.db.Services, nil
	})
	w.ShowAndRun()
	select {
	case o := <-done:
		if o.db != nil {
			_ = o.db.Close()
		}
	default:
	}
}
