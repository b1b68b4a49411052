package postgres

import (
	"context"
	"errors"
	"time"

	"claimdesk/claims"

	"github.com/jackc/pgx/v5"
)

// changeChannel is the NOTIFY channel the schema's triggers signal on,
// with the record kind as payload.
const changeChannel = "claimdesk_changes"

// Watch intervals: notifications are gathered for settle before fn runs;
// a lost connection is tried again every retry.
const (
	settle = 300 * time.Millisecond
	retry  = 3 * time.Second
)

// WatchChanges listens on its own connection (LISTEN claimdesk_changes)
// and calls fn with the kinds of record changed; see claims.ChangeWatcher.
// A lost connection is reported once, tried again every few seconds, and
// reported back with Err nil.
func (s *store) WatchChanges(ctx context.Context, fn func(claims.Change)) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		select {
		case <-s.closed:
			cancel()
		case <-ctx.Done():
		}
	}()
	lost := false
	for ctx.Err() == nil {
		err := s.listen(ctx, func() {
			if lost {
				lost = false
				fn(claims.Change{}) // back: anything may have changed
			}
		}, fn)
		if ctx.Err() != nil {
			return
		}
		if !lost {
			lost = true
			fn(claims.Change{Err: dbErr(err, "watch for changes")})
		}
		select {
		case <-ctx.Done():
		case <-time.After(retry):
		}
	}
}

// listen connects, LISTENs, calls up once listening, then passes on the
// notifications gathered every settle until the connection fails.
func (s *store) listen(ctx context.Context, up func(), fn func(claims.Change)) error {
	cfg, err := pgx.ParseConfig(s.dsn)
	if err != nil {
		return err
	}
	cfg.ConnectTimeout = connectTimeout(cfg.ConnectTimeout)
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(ctx, "LISTEN "+changeChannel); err != nil {
		return err
	}
	up()
	pending := map[claims.RecordKind]bool{}
	for {
		wait, stop := context.WithTimeout(ctx, settle)
		if len(pending) == 0 {
			wait, stop = context.WithTimeout(ctx, 30*time.Second) // and then a ping
		}
		n, err := conn.WaitForNotification(wait)
		stop()
		switch {
		case err == nil:
			pending[claims.RecordKind(n.Payload)] = true
			continue
		case ctx.Err() != nil:
			return ctx.Err()
		case !errors.Is(err, context.DeadlineExceeded):
			return err
		}
		if len(pending) > 0 {
			kinds := make([]claims.RecordKind, 0, len(pending))
			for k := range pending {
				kinds = append(kinds, k)
			}
			clear(pending)
			fn(claims.Change{Kinds: kinds})
			continue
		}
		if err := conn.Ping(ctx); err != nil { // a quiet connection may be a dead one
			return err
		}
	}
}
