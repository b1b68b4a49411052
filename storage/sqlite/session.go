package sqlite

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"claimdesk/claims"
)

// Every open database has a session marker beside it, named
// "<file>.open-<pid>-<random>", which Close removes. A marker whose process
// is gone tells that a session ended without closing the database (a
// crash, a power cut, a kill): Open then runs the integrity check before
// using the file. After clean sessions the check is left to QuickCheck,
// which the window runs in the background, so that opening does not take
// time in proportion to the size of the database.

// markerInfix separates the database's file name from the process ID in a
// session marker's name.
const markerInfix = ".open-"

// newSession creates the session marker of this process for path and
// returns its name; "" when the folder cannot take it (the check then
// simply runs at the next open that finds no marker — none).
func newSession(path string) string {
	var b [4]byte
	_, _ = rand.Read(b[:])
	name := fmt.Sprintf("%s%s%d-%s", path, markerInfix, os.Getpid(), hex.EncodeToString(b[:]))
	f, err := os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return ""
	}
	f.Close()
	return name
}

// endSession removes a marker made by newSession.
func endSession(marker string) {
	if marker != "" {
		_ = os.Remove(marker)
	}
}

// staleSessions returns the markers for path left by processes that no
// longer run: sessions that did not close cleanly.
func staleSessions(path string) []string {
	dir, base := filepath.Dir(path), filepath.Base(path)+markerInfix
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var stale []string
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), base)
		if !ok {
			continue
		}
		pidText, _, _ := strings.Cut(rest, "-")
		if pid, err := strconv.Atoi(pidText); err != nil || !running(pid) {
			stale = append(stale, filepath.Join(dir, e.Name()))
		}
	}
	return stale
}

// running reports whether process pid exists (signal 0 tests without
// sending). Where that cannot be asked, a marker counts as stale, which
// costs one check too many and never one too few.
func running(pid int) bool {
	if pid == os.Getpid() {
		return true
	}
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || errors.Is(err, syscall.EPERM)
}

// QuickCheck runs SQLite's quick_check on the database (every page, record
// and index readable, without comparing indexes to their tables). A nil
// error means it passed; a damaged file is EINTERNAL with ErrCorrupt.
func (s *store) QuickCheck(ctx context.Context) error {
	var res string
	err := s.read(ctx, "check the database", func(tx querier) error {
		return tx.QueryRowContext(ctx, "PRAGMA quick_check(1)").Scan(&res)
	})
	if err != nil {
		return err
	}
	if res != "ok" {
		return &claims.Error{Code: claims.EINTERNAL, Err: fmt.Errorf("%w: %s", ErrCorrupt, res),
			Message: fmt.Sprintf("The database %s is damaged (%s). Stop working in it and restore a backup from the backups folder beside it.", s.path, res)}
	}
	return nil
}
