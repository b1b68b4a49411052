package app

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

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

// countingMaintenance counts QuickCheck calls; with block set, each call
// waits until its context is cancelled and reports that.
type countingMaintenance struct {
	claims.MaintenanceService
	calls     *atomic.Int32
	block     bool
	cancelled chan struct{}
}

func (m countingMaintenance) QuickCheck(ctx context.Context) error {
	m.calls.Add(1)
	if m.block {
		<-ctx.Done()
		close(m.cancelled)
	}
	return ctx.Err()
}

// newCheckedUI builds the window on a fresh database whose Maintenance is
// replaced by wrap's.
func newCheckedUI(t *testing.T, wrap func(claims.MaintenanceService) claims.MaintenanceService) *ui {
	t.Helper()
	t.Setenv("LANG", "en_US.UTF-8")
	a := test.NewTempApp(t)
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "check.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	svc := db.Services()
	svc.Maintenance = wrap(svc.Maintenance)
	uiMu.Lock()
	u := newUI(a, svc, Options{Location: "check.db"})
	uiMu.Unlock()
	t.Cleanup(u.wait) // before the database closes: see closeAtEnd
	return u
}

// TestStartupCheckOncePerWindow: switching the language rebuilds the
// window but does not run the check again.
func TestStartupCheckOncePerWindow(t *testing.T) {
	calls := &atomic.Int32{}
	u := newCheckedUI(t, func(m claims.MaintenanceService) claims.MaintenanceService {
		return countingMaintenance{MaintenanceService: m, calls: calls}
	})
	closeAtEnd(t, u, nil)
	u.wait()
	uiMu.Lock()
	u.setLanguage("de")
	uiMu.Unlock()
	u.wait()
	if n := calls.Load(); n != 1 {
		t.Fatalf("QuickCheck ran %d times, want once", n)
	}
}

// TestStartupCheckStopsOnClose: closing the window cancels a check still
// running, so the database can close at once, and nothing is reported.
func TestStartupCheckStopsOnClose(t *testing.T) {
	calls, cancelled := &atomic.Int32{}, make(chan struct{})
	u := newCheckedUI(t, func(m claims.MaintenanceService) claims.MaintenanceService {
		return countingMaintenance{MaintenanceService: m, calls: calls, block: true, cancelled: cancelled}
	})
	uiMu.Lock()
	u.onClose()
	uiMu.Unlock()
	select {
	case <-cancelled:
	case <-time.After(5 * time.Second):
		t.Fatal("the check was not cancelled when the window closed")
	}
	u.wait()
	if got := u.shell.location.Text; strings.Contains(got, "damage") {
		t.Fatalf("status line = %q after a cancelled check", got)
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
	closeAtEnd(t, u, nil)
	u.wait()
	if got := u.shell.location.Text; !strings.Contains(got, "found damage") {
		t.Fatalf("status line = %q, want the damage reported", got)
	}
	if u.win.Canvas().Overlays().Top() == nil {
		t.Fatal("no error dialog about the damage")
	}
}
