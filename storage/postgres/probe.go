package postgres

import (
	"context"
	"database/sql"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// Probe is what a connection test found on a server.
type Probe struct {
	// Server is the server's version, as in "15.14 (Debian 15.14-0+deb12u1)".
	Server string
	// Encrypted says whether the connection uses TLS.
	Encrypted bool
	// Schema is the Claimdesk schema version found; 0 for an empty
	// database, which Open sets up.
	Schema int
	// Claims is the number of claims stored.
	Claims int
}

// probeTimeout bounds a whole connection test.
const probeTimeout = 20 * time.Second

// ProbeServer connects to dsn as Open would, and says what is there without
// changing anything: it refuses the same databases Open refuses, with the
// same messages. Nothing of the password reaches the error.
func ProbeServer(ctx context.Context, dsn string) (Probe, error) {
	where := Redact(dsn)
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return Probe{}, parseErr(where, dsn, err)
	}
	cfg.ConnectTimeout = connectTimeout(cfg.ConnectTimeout)
	ctx, cancel := context.WithTimeout(ctx, probeTimeout)
	defer cancel()
	db := stdlib.OpenDB(*cfg)
	defer db.Close()
	db.SetMaxOpenConns(1)
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return Probe{}, openErr(where, err)
	}
	defer tx.Rollback()
	var p Probe
	if err := tx.QueryRowContext(ctx, `SELECT current_setting('server_version'),
		coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false)`).Scan(&p.Server, &p.Encrypted); err != nil {
		return Probe{}, openErr(where, err)
	}
	s := &store{where: where}
	if p.Schema, err = s.inspect(ctx, tx); err != nil {
		return Probe{}, err
	}
	if p.Schema > 0 {
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM claims").Scan(&p.Claims); err != nil {
			return Probe{}, openErr(where, err)
		}
	}
	return p, nil
}
