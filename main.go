// Command claimdesk is the desktop app for fact-checkers: it opens the local
// database and shows the main window.
package main

import (
	"flag"
	"log"

	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

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
	path, err := storage.DefaultDBPath()
	if *dbFlag != "" {
		path, err = *dbFlag, nil
	}
	var db *sqlite.DB
	if err == nil {
		db, err = sqlite.Open(path)
	}
	if err != nil {
		log.Printf("claimdesk: open %s: %v", path, err)
		w := a.NewWindow("Claimdesk")
		w.SetContent(&widget.Label{Text: lang.L("The database could not be opened.") + "\n" + path + "\n\n" + claims.ErrorMessage(err)})
		w.ShowAndRun()
		return
	}
	defer db.Close()
	app.New(a, db.Services(), app.Options{Location: path}).ShowAndRun()
}
