package sqlite

import (
	"context"

	"claimdesk/storage/internal/sqlstore"
)

// bulkIndexMin is the number of claims from which CreateClaims indexes the
// new claims for search in one statement at the end (see 0003_bulk_index.sql).
const bulkIndexMin = 32

// InsertClaims runs insert, which stores n new claims; from bulkIndexMin
// claims on with the search trigger paused, indexing all new rows at once
// afterwards. Everything happens in the caller's transaction, so no other
// connection ever sees the pause.
func (s *store) InsertClaims(ctx context.Context, tx *sqlstore.Tx, n int, insert func() error) error {
	if n < bulkIndexMin {
		return insert()
	}
	var last int64
	if err := tx.QueryRowContext(ctx, "SELECT COALESCE(max(seq), 0) FROM claims").Scan(&last); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO fts_pause (one) VALUES (1)"); err != nil {
		return err
	}
	if err := insert(); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO claims_fts (rowid, text, rationale, conclusion, claimant)
		SELECT seq, text, rationale, conclusion, claimant FROM claims WHERE seq > ?`, last); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, "DELETE FROM fts_pause")
	return err
}
