package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// snapshotPrefix begins the name of the temporary folder that holds a copy
// of a snapshot opened with the system's viewer (openSnapshot); the
// process ID follows, so that a later start can tell whose copies they are.
const snapshotPrefix = "claimdesk-snapshot-"

// staleSnapshotAge is the age after which a copy's folder is removed at
// start even when its process seems to run (its ID taken by another
// program since, or a folder of an older version without an ID).
const staleSnapshotAge = 24 * time.Hour

// snapshotCopies are the folders this process made for opened copies; they
// are removed when the main window closes (removeSnapshotCopies).
var snapshotCopies struct {
	sync.Mutex
	dirs []string
}

// newSnapshotDir makes a private temporary folder for one opened copy and
// records it for removal at exit.
func newSnapshotDir() (string, error) {
	dir, err := os.MkdirTemp("", fmt.Sprintf("%s%d-", snapshotPrefix, os.Getpid()))
	if err != nil {
		return "", err
	}
	snapshotCopies.Lock()
	snapshotCopies.dirs = append(snapshotCopies.dirs, dir)
	snapshotCopies.Unlock()
	return dir, nil
}

// removeSnapshotCopies removes the copies this process opened (the viewer
// may still show one: on Unix it keeps its open file).
func removeSnapshotCopies() {
	snapshotCopies.Lock()
	dirs := snapshotCopies.dirs
	snapshotCopies.dirs = nil
	snapshotCopies.Unlock()
	for _, d := range dirs {
		_ = os.RemoveAll(d)
	}
}

// removeStaleSnapshotCopies removes the copies earlier runs left in the
// temporary folder (a window that did not close, a crash): those whose
// process no longer runs, and any older than staleSnapshotAge. The copies
// of another Claimdesk still running stay. It reads the disk: call it off
// the UI goroutine.
func removeStaleSnapshotCopies(now time.Time) {
	dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), snapshotPrefix+"*"))
	for _, d := range dirs {
		st, err := os.Lstat(d)
		if err != nil || !st.IsDir() {
			continue
		}
		if now.Sub(st.ModTime()) > staleSnapshotAge || !copyOwnerRuns(filepath.Base(d)) {
			_ = os.RemoveAll(d)
		}
	}
}

// copyOwnerRuns reports whether the process named in a copy folder's name
// still runs; a name without a process ID counts as running (only its age
// removes it).
func copyOwnerRuns(name string) bool {
	id, _, ok := strings.Cut(strings.TrimPrefix(name, snapshotPrefix), "-")
	pid, err := strconv.Atoi(id)
	if !ok || err != nil || pid <= 0 {
		return true
	}
	return pid == os.Getpid() || processRuns(pid)
}
