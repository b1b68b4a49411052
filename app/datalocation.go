package app

import (
	"context"
	"net"
	"net/url"
	"strings"

	"fyne.io/fyne/v2"

	"claimdesk/claims"
)

// DataPlaces lets Settings change where the data lives. The program
// provides it on top of its storage backends (main.go); the window only
// builds targets — a file path or a postgres:// URL — and never imports a
// backend. A target given to Probe or Open may hold a password; the window
// never stores, logs or shows one.
type DataPlaces interface {
	// Probe tests target without changing anything there.
	Probe(ctx context.Context, target string) (DataProbe, error)
	// Open opens target for the window.
	Open(target string) (OpenedData, error)
}

// DataProbe is what a connection test found.
type DataProbe struct {
	// Server is the PostgreSQL server's version, "" for a file.
	Server string
	// Encrypted says whether the connection to the server uses TLS.
	Encrypted bool
	// Exists says whether Claimdesk data is there already (else an empty
	// database or a new file is set up on first use).
	Exists bool
	// Claims counts the claims on a server; -1 when not counted.
	Claims int
}

// OpenedData is a database the window works on.
type OpenedData struct {
	Services claims.Services
	// Location is where the data lives, as it may be shown (no password).
	Location string
	// Close closes the database; the window calls it once it switched away.
	Close func() error
}

// prefDataLocation keeps the data location chosen in Settings: a file path
// or a postgres:// URL without a password (see serverTarget).
const prefDataLocation = "data.location"

// SavedDataLocation returns the data location chosen in Settings, "" if none;
// the program opens it when neither --db nor CLAIMDESK_DB names one.
func SavedDataLocation(a fyne.App) string {
	return a.Preferences().String(prefDataLocation)
}

// sslModes are the libpq sslmode values offered, safest last.
var sslModes = []string{"disable", "prefer", "require", "verify-ca", "verify-full"}

// serverFields are the parts of a server location the dialog edits.
type serverFields struct {
	host, port, database, user, sslmode, rootCert string
}

// serverTarget returns the postgres:// URL for f, with password when it is
// not "" (for connecting only: never for storing).
func serverTarget(f serverFields, password string) string {
	u := url.URL{Scheme: "postgres", Path: "/" + strings.TrimSpace(f.database)}
	host := strings.TrimSpace(f.host)
	if port := strings.TrimSpace(f.port); port != "" {
		host = net.JoinHostPort(host, port)
	} else if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	u.Host = host
	if user := strings.TrimSpace(f.user); user != "" {
		u.User = url.User(user)
		if password != "" {
			u.User = url.UserPassword(user, password)
		}
	}
	q := url.Values{}
	if f.sslmode != "" {
		q.Set("sslmode", f.sslmode)
	}
	if rc := strings.TrimSpace(f.rootCert); rc != "" {
		q.Set("sslrootcert", rc)
	}
	u.RawQuery = q.Encode()
	return u.String()
}

// parseServerTarget reads a postgres:// URL back into fields; ok is false
// for anything else. A password in it is dropped.
func parseServerTarget(s string) (f serverFields, ok bool) {
	l := strings.ToLower(s)
	if !strings.HasPrefix(l, "postgres://") && !strings.HasPrefix(l, "postgresql://") {
		return f, false
	}
	u, err := url.Parse(s)
	if err != nil {
		return f, false
	}
	f.host, f.port = u.Hostname(), u.Port()
	f.database = strings.TrimPrefix(u.Path, "/")
	f.user = u.User.Username()
	f.sslmode = u.Query().Get("sslmode")
	f.rootCert = u.Query().Get("sslrootcert")
	return f, true
}

// withoutPassword returns a server target as it may be stored and shown.
func withoutPassword(target string) string {
	if f, ok := parseServerTarget(target); ok {
		return serverTarget(f, "")
	}
	return target
}
