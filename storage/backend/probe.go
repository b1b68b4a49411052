package backend

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"claimdesk/claims"
	"claimdesk/storage/postgres"
)

// Probe is what a connection test found at a target, before switching to it.
type Probe struct {
	// Server is set for a PostgreSQL server, with its version.
	Server string
	// Encrypted says whether the connection to the server uses TLS.
	Encrypted bool
	// Exists says whether a Claimdesk database is there already; false
	// means an empty database or a new file, set up on first use.
	Exists bool
	// Claims is the number of claims on the server; -1 for a file (it is
	// counted once opened).
	Claims int
}

// ProbeTarget tests target without changing anything: a server is connected
// to and inspected as Open would (same refusals, same messages); a file is
// looked for, and its folder must exist or be creatable.
func ProbeTarget(ctx context.Context, target string) (Probe, error) {
	if IsServer(target) {
		p, err := postgres.ProbeServer(ctx, target)
		if err != nil {
			return Probe{}, err
		}
		return Probe{Server: p.Server, Encrypted: p.Encrypted, Exists: p.Schema > 0, Claims: p.Claims}, nil
	}
	if target == "" {
		return Probe{}, claims.Errorf(claims.EINVALID, "No database file is given.")
	}
	st, err := os.Stat(target)
	switch {
	case err == nil && st.IsDir():
		return Probe{}, claims.Errorf(claims.EINVALID, "%s is a folder, not a database file.", target)
	case err == nil:
		return Probe{Exists: true, Claims: -1}, nil
	case !errors.Is(err, fs.ErrNotExist):
		return Probe{}, claims.Errorf(claims.EINVALID, "The file %s cannot be read: %s", target, err)
	}
	if dir := filepath.Dir(target); dir != "" {
		if st, err := os.Stat(dir); err == nil && !st.IsDir() {
			return Probe{}, claims.Errorf(claims.EINVALID, "%s is not a folder.", dir)
		}
	}
	return Probe{Claims: -1}, nil
}
