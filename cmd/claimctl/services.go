package main

import (
	"context"
	"os"
	"os/user"
	"strings"
	"unicode"

	"claimdesk/claims"
	"claimdesk/storage"
)

// openFunc opens the storage services for a database path. It is set by
// db.go, which is the only file that knows which backend is in use.
var openFunc func(path string) (*claims.Services, func() error, error)

// services opens the database on first use and returns its services.
func (e *env) services() (*claims.Services, error) {
	if e.svc != nil {
		return e.svc, nil
	}
	if openFunc == nil {
		return nil, claims.Errorf(claims.EINTERNAL, "no storage backend is built in")
	}
	if err := checkDBFlag(e.dbSet, e.dbPath); err != nil {
		return nil, err
	}
	if err := checkDBFolder("--db", e.dbPath); err != nil {
		return nil, err
	}
	if env := os.Getenv(storage.EnvDB); e.dbPath == "" && env != "" {
		if err := checkDBFolder("$CLAIMDESK_DB", env); err != nil {
			return nil, err
		}
	}
	svc, closeFn, err := openFunc(e.dbPath)
	if err != nil {
		rsvc, rclose, handled, rerr := e.readOnlyFallback(err)
		if !handled {
			return nil, err
		}
		if rerr != nil {
			return nil, rerr
		}
		svc, closeFn = rsvc, rclose
	}
	e.svc, e.closeFn = svc, closeFn
	return svc, nil
}

// close closes the services the env opened, if any.
func (e *env) close() {
	if e.closeFn != nil {
		_ = e.closeFn()
		e.closeFn, e.svc = nil, nil
	}
}

// envUser names the environment variable holding the name recorded in the
// history when --actor is not given.
const envUser = "CLAIMDESK_USER"

// actorName returns who is making changes: --actor, else $CLAIMDESK_USER,
// else the OS user name, else "unknown"; on one line (plainName).
func (e *env) actorName() string {
	if s := plainName(e.actor); s != "" {
		return s
	}
	if s := plainName(os.Getenv(envUser)); s != "" {
		return s
	}
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	for _, v := range []string{"USER", "USERNAME", "LOGNAME"} {
		if s := os.Getenv(v); s != "" {
			return s
		}
	}
	return "unknown"
}

// withActor returns ctx carrying the actor for the history. Commands that
// change records call it after parsing their flags.
func (e *env) withActor(ctx context.Context) context.Context {
	return claims.WithActor(ctx, e.actorName())
}

// plainName is name on one line: a control character (a line break, a
// tab, a terminal escape) becomes a space, runs of spaces one. The name is
// written into every history entry and shown in the window and in reports.
func plainName(name string) string {
	return oneLine(strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, name))
}
