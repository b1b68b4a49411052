package app

import (
	"bytes"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"claimdesk/desk"
	"claimdesk/report"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver, for a scratch database
)

// scratchServerDB creates an empty database on the test server
// ($CLAIMDESK_TEST_POSTGRES), dropped when the test ends, and returns the
// server's address parts for the dialog; it skips without a server.
func scratchServerDB(t *testing.T) serverFields {
	t.Helper()
	dsn := os.Getenv("CLAIMDESK_TEST_POSTGRES")
	if dsn == "" {
		t.Skip("CLAIMDESK_TEST_POSTGRES is not set: no PostgreSQL server to test against")
	}
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	name := fmt.Sprintf("app_%d", time.Now().UnixNano())
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create database: %v", err)
	}
	t.Cleanup(func() {
		if _, err := admin.Exec("DROP DATABASE " + name + " WITH (FORCE)"); err != nil {
			t.Errorf("drop database %s: %v", name, err)
		}
		admin.Close()
	})
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	return serverFields{host: u.Hostname(), port: u.Port(), database: name, user: u.User.Username(), sslmode: "disable"}
}

// fillServer types a server location into the dialog.
func (f *dataFixture) fillServer(d *dataDialog, s serverFields, password string) {
	f.do(func() {
		d.kind.SetSelected(d.kind.Options[1])
		d.host.SetText(s.host)
		d.port.SetText(s.port)
		d.database.SetText(s.database)
		d.user.SetText(s.user)
		d.sslmode.SetSelected(s.sslmode)
		d.password.SetText(password)
	})
}

// TestScenarioDataLocationServer: a checker tests a wrong address (told so,
// in English and German), then the newsroom's server with a password,
// switches to it, works there; the password is nowhere afterwards: not in
// the settings, the window, the log, the history, exports or backups.
func TestScenarioDataLocationServer(t *testing.T) {
	server := scratchServerDB(t)
	const password = "Geheim-Pa55wort-4711"
	f := newDataScenario(t)
	d := f.openDataDialog()

	wrong := server
	wrong.port = "1" // nothing listens there
	f.fillServer(d, wrong, password)
	f.do(func() { test.Tap(d.test) })
	if !strings.Contains(d.result.Text, "The connection test failed.") || !strings.Contains(d.result.Text, "nothing answers at that address") {
		t.Errorf("wrong port, English: %q", d.result.Text)
	}
	// Each switch waits for the window's jobs and holds uiMu as a UI event
	// does (switchLanguage): under the test driver the jobs' UI updates run
	// on their own goroutines and read the translations.
	defer switchLanguage("")
	switchLanguage("de")
	f.do(func() { test.Tap(d.test) })
	if !strings.Contains(d.result.Text, "Der Verbindungstest ist fehlgeschlagen.") || !strings.Contains(d.result.Text, "antwortet nichts") {
		t.Errorf("wrong port, German: %q", d.result.Text)
	}
	switchLanguage("en")

	f.fillServer(d, server, password)
	f.do(func() { test.Tap(d.test) })
	if !strings.Contains(d.result.Text, "Connected to PostgreSQL") || !strings.Contains(d.result.Text, "The database is empty") {
		t.Fatalf("test of the server says %q", d.result.Text)
	}
	f.switchTo(d)
	if f.svc.Watch == nil {
		t.Fatal("the window did not switch to the server")
	}
	c := f.addClaim("Die Zahl der Pendler stieg 2023 auf 41.000.")
	f.do(func() { f.u.openClaim(c.ID) })
	f.do(func() { f.s.claims.editor.rationale.SetText("Laut Statistikamt 40.870 Pendler.") })
	f.do(func() { f.s.claims.editor.onSave() })
	if got, err := f.svc.Claims.FindClaimByID(f.u.ctx(), c.ID); err != nil || got.Rationale == "" {
		t.Fatalf("the edit did not reach the server: %v %+v", err, got)
	}
	for where, text := range f.placesTheDSNCouldReach(c.ID) {
		if strings.Contains(text, password) {
			t.Errorf("the password appears in %s", where)
		}
	}
	if saved := f.u.prefs.String(prefDataLocation); !strings.Contains(saved, server.database) {
		t.Errorf("saved location %q does not name the server database", saved)
	}
}

// placesTheDSNCouldReach returns, by name, the text of everything a
// password could leak into.
func (f *dataFixture) placesTheDSNCouldReach(claimID string) map[string]string {
	f.t.Helper()
	ctx := f.u.ctx()
	out := map[string]string{
		"settings (data location)": f.u.prefs.String(prefDataLocation),
		"status line":              f.s.location.Text,
		"window location":          f.u.opts.Location,
		"log":                      f.logs.String(),
		"location service":         f.svc.Maintenance.Location(),
	}
	events, err := f.svc.History.ClaimHistory(ctx, claimID)
	if err != nil {
		f.t.Fatal(err)
	}
	var hist strings.Builder
	for _, e := range events {
		fmt.Fprintf(&hist, "%+v\n", *e)
	}
	out["history"] = hist.String()
	for _, format := range []report.Format{report.JSON, report.Markdown, desk.FormatBundle} {
		var b bytes.Buffer
		if _, err := desk.Export(ctx, f.svc, report.Scope{}, report.Options{Format: format, History: true}, &b, nil); err != nil {
			f.t.Fatalf("export %s: %v", format, err)
		}
		out["export "+string(format)] = b.String()
	}
	path, err := f.svc.Maintenance.Backup(ctx)
	if err != nil {
		f.t.Fatalf("backup: %v", err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		f.t.Fatal(err)
	}
	out["backup "+filepath.Base(path)] = string(data)
	return out
}
