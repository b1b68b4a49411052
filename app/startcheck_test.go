package app

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"claimdesk/claims"
	"claimdesk/storage/sqlite"
)

// TestStartupCheckInStatusLine: the integrity check that opening left out
// runs once the window is up and says so in the status line.
func TestStartupCheckInStatusLine(t *testing.T) {
	f := newShellFixture(t)
	if got := f.s.location.Text; !strings.Contains(got, "Database checked: no damage found") {
		t.Fatalf("status line = %q, want the check's result", got)
	}
}

// damagedMaintenance reports damage from QuickCheck.
type damagedMaintenance struct{ claims.MaintenanceService }

func (damagedMaintenance) QuickCheck(context.Context) error {
	return claims.Internal(errors.New("quick_check: page 3 is never used"), "The database is damaged.")
}

// TestStartupCheckFindsDamage: damage found after start-up is reported in
// the status line and in an error dialog.
func TestStartupCheckFindsDamage(t *testing.T) {
	t.Setenv("LANG", "en_US.UTF-8")
	a := test.NewTempApp(t)
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "damaged.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	svc := db.Services()
	svc.Maintenance = damagedMaintenance{svc.Maintenance}
	uiMu.Lock()
	u := newUI(a, svc, Options{Location: "damaged.db"})
	uiMu.Unlock()
	t.Cleanup(func() { u.win.Close() })
	u.wait()
	if got := u.shell.location.Text; !strings.Contains(got, "found damage") {
		t.Fatalf("status line = %q, want the damage reported", got)
	}
	if u.win.Canvas().Overlays().Top() == nil {
		t.Fatal("no error dialog about the damage")
	}
}
