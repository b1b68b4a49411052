package sqlite

import (
	"context"
	"time"

	"claimdesk/claims"
)

// A local file can be changed by another program while the window is open:
// claimctl importing a batch of articles, or a second window on the same
// file. SQLite counts the commits of other connections in PRAGMA
// data_version, which changes on a connection whenever another connection
// (of this program or another) committed. One connection of the pool is kept
// for asking it.

// pollEvery is how often WatchChanges asks data_version.
const pollEvery = time.Second

// allKinds are reported for any change: data_version does not say which
// records changed.
var allKinds = []claims.RecordKind{claims.RecordClaim, claims.RecordArticle, claims.RecordSource, claims.RecordEvidence, claims.RecordScale}

// WatchChanges calls fn with every kind of record whenever another
// connection committed since the last look (its own writes go through other
// connections of the pool and count too); see claims.ChangeWatcher. It
// returns when ctx ends or the database is closed. A local file is never
// lost, so it reports no Err.
func (s *store) WatchChanges(ctx context.Context, fn func(claims.Change)) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return // closed
	}
	defer conn.Close()
	tick := time.NewTicker(pollEvery)
	defer tick.Stop()
	last := int64(-1)
	for {
		var v int64
		if err := conn.QueryRowContext(ctx, "PRAGMA data_version").Scan(&v); err != nil {
			return // ctx ended or the database was closed
		}
		if last >= 0 && v != last {
			fn(claims.Change{Kinds: allKinds})
		}
		last = v
		select {
		case <-ctx.Done():
			return
		case <-s.closed:
			return
		case <-tick.C:
		}
	}
}
