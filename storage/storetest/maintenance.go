package storetest

import (
	"context"
	"os"
	"testing"

	"claimdesk/claims"
)

// testMaintenance checks Backup (the newest few kept), Check and Location.
func testMaintenance(t *testing.T, open Opener) {
	ctx := context.Background()

	t.Run("Backup", func(t *testing.T) {
		t.Run("OK", func(t *testing.T) {
			s := open(t)
			mustClaim(t, s, &claims.Claim{Text: "Vor der Sicherung erfasst."})
			path, err := s.Maintenance.Backup(ctx)
			noErr(t, err, "Backup")
			fi, err := os.Stat(path)
			if err != nil {
				t.Fatalf("backup %q: %v", path, err)
			}
			if fi.Size() == 0 {
				t.Fatalf("backup %q is empty", path)
			}
		})
	})

	t.Run("BackupRolling", func(t *testing.T) {
		s := open(t)
		kept := map[string]bool{}
		var last string
		for range 7 {
			path, err := s.Maintenance.Backup(ctx)
			noErr(t, err, "Backup")
			kept[path], last = true, path
		}
		n := 0
		for path := range kept {
			if _, err := os.Stat(path); err == nil {
				n++
			}
		}
		if _, err := os.Stat(last); err != nil {
			t.Fatalf("newest backup %q: %v", last, err)
		}
		if n >= 7 {
			t.Fatalf("all %d backups kept, want only the newest few", n)
		}
	})

	t.Run("Check", func(t *testing.T) {
		t.Run("OK", func(t *testing.T) {
			s := open(t)
			c := mustClaim(t, s, &claims.Claim{Text: "Gesunde Datenbank."})
			mustEvidence(t, s, c.ID, mustSource(t, s, "quelle").ID, claims.StanceContext, "")
			noErr(t, s.Maintenance.Check(ctx), "Check")
		})
	})

	t.Run("Location", func(t *testing.T) {
		s := open(t)
		if s.Maintenance.Location() == "" {
			t.Fatal("Location is empty")
		}
	})
}
