// Command claimdesk is the desktop app for fact-checkers: it opens the local
// database and shows the main window.
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
	"claimdesk/storage/sqlite"
)

func main() {
	dbFlag := flag.String("db", "", "database file (default: $"+storage.EnvDB+" or the user config directory)")
	flag.Parse()
	a := fyneapp.NewWithID("org.claimdesk.app")
	a.SetIcon(assets.Icon)
	if err := lang.AddTranslationsFS(assets.Translations, "translations"); err != nil {
		log.Printf("claimdesk: translations: %v", err)
	}
	path, pathErr := storage.DefaultDBPath()
	if *dbFlag != "" {
		path, pathErr = *dbFlag, nil
	}
	opened := make(chan *sqlite.DB, 1)
	w := app.Open(a, app.Options{Location: path}, func() (claims.Services, error) {
		if pathErr != nil {
			return claims.Services{}, pathErr
		}
		db, err := sqlite.Open(path)
		if err != nil {
			return claims.Services{}, err
		}
		opened <- db
		return db.Services(), nil
	})
	w.ShowAndRun()
	select {
	case db := <-opened:
		_ = db.Close()
	default:
	}
}
