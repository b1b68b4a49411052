// Command claimdesk is the desktop app for fact-checkers: it opens the local
// database (or the newsroom's PostgreSQL server, when --db or $CLAIMDESK_DB
// is a postgres:// URL, or when Settings chose one) and shows the main window.
package main

import (
	"flag"
	"log"
	"os"

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

// main opens the database location names while the window starts up,
// runs the window and, once it is closed, closes every database still open.
func main() {
	dbFlag := flag.String("db", "", "database file or postgres:// URL (default: $"+storage.EnvDB+", else the location chosen in Settings, else the user config directory)")
	flag.Parse()
	a := fyneapp.NewWithID("org.claimdesk.app")
	path, fixed, err := location(*dbFlag, app.SavedDataLocation(a))
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

	a.SetIcon(assets.Icon)
	if err := lang.AddTranslationsFS(assets.Translations, "translations"); err != nil {
		log.Printf("claimdesk: translations: %v", err)
	}
	p := &places{}
	opts := app.Options{Location: backend.Describe(path), Data: p, Fixed: fixed}
	if file, err := storage.DefaultDBPath(); err == nil && !backend.IsServer(file) {
		opts.LocalFile = file
	}
	w := app.Open(a, opts, func() (claims.Services, func() error, error) {
		o := <-done
		if o.err != nil {
			return claims.Services{}, nil, o.err
		}
		return o.db.Services, p.keep(o.db), nil
	})
	w.ShowAndRun()
	p.closeAll()
}

// location returns the database to open: --db, else $CLAIMDESK_DB, else
// the location saved in Settings, else the default file; fixed names the
// flag or variable that chose it, "" otherwise.
func location(flagDB, saved string) (target, fixed string, err error) {
	switch {
	case flagDB != "":
		return flagDB, "--db", nil
	case os.Getenv(storage.EnvDB) != "":
		return os.Getenv(storage.EnvDB), storage.EnvDB, nil
	case saved != "":
		return saved, "", nil
	}
	target, err = storage.DefaultDBPath()
	return target, "", err
}
