// Package storage holds what the storage backends share: where the default
// database lives. The backends themselves are in the sub-packages.
package storage

import (
	"fmt"
	"os"
	"path/filepath"
)

// EnvDB names the environment variable that overrides the database path.
const EnvDB = "CLAIMDESK_DB"

// DefaultDBPath returns the database path to use when no --db flag is given:
// $CLAIMDESK_DB if set, else os.UserConfigDir()/claimdesk/claimdesk.db.
func DefaultDBPath() (string, error) {
	if p := os.Getenv(EnvDB); p != "" {
		return p, nil
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("find the user configuration directory: %w (set %s or use --db)", err, EnvDB)
	}
	return filepath.Join(dir, "claimdesk", "claimdesk.db"), nil
}
