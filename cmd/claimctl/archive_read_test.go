package main

import (
	"path/filepath"
	"testing"
)

// archive import reads its file as the other read paths do
// (importer.ReadFile): a FIFO is refused at once instead of blocking, a
// link to /dev/zero is refused as a device instead of being read until the
// memory runs out, a folder is refused as a folder.
func TestArchiveImportRefusesSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	fifo := mkfifo(t, filepath.Join(dir, "archiv.csv"))
	r := within(t, blockedAfter, func() result { return claimctl(t, db, "archive", "import", fifo) })
	wantRefused(t, r, "archiv.csv", "named pipe")
	zero := symlink(t, "/dev/zero", filepath.Join(dir, "null.csv"))
	wantRefused(t, claimctl(t, db, "archive", "import", zero), "null.csv", "device")
	mkdir(t, filepath.Join(dir, "ordner.csv"))
	wantRefused(t, claimctl(t, db, "archive", "import", filepath.Join(dir, "ordner.csv")), "ordner.csv", "folder")
}
