package sqlstore

import (
	"context"
	"strings"

	"claimdesk/claims"
)

// appendEvent adds ev to history, giving it an ID when it has none.
func appendEvent(ctx context.Context, tx *Tx, ev *claims.Event) error {
	return InsertEvent(ctx, tx, ev, ev.New)
}

// InsertEvent adds ev to history with stored as its new value (a backend
// may store a "created" event's text by reference), giving it an ID when
// it has none.
func InsertEvent(ctx context.Context, tx Querier, ev *claims.Event, stored string) error {
	if ev.ID == "" {
		id, err := newID()
		if err != nil {
			return err
		}
		ev.ID = id
	}
	_, err := tx.ExecContext(ctx, "INSERT INTO events (id, claim_id, kind, at, actor, field, old, new, imported) VALUES (?,?,?,?,?,?,?,?,?)",
		ev.ID, ev.ClaimID, string(ev.RecordKind()), fmtTime(ev.At), ev.Actor, ev.Field, ev.Old, stored, ev.Imported)
	return err
}

// ClaimHistory returns the events of a claim, oldest first.
func (s *Store) ClaimHistory(ctx context.Context, claimID string) ([]*claims.Event, error) {
	var evs []*claims.Event
	err := s.read(ctx, "load the claim's history", func(tx *Tx) (err error) {
		evs, err = recordEvents(ctx, tx, claimID, claims.RecordClaim)
		if err == nil && len(evs) == 0 {
			err = claims.Errorf(claims.ENOTFOUND, "Claim %s has no history: it was not found.", claimID)
		}
		return err
	})
	return evs, err
}

// recordKinds maps each record kind to its table.
var recordKinds = []struct {
	kind  claims.RecordKind
	table string
}{
	{claims.RecordClaim, "claims"}, {claims.RecordArticle, "articles"}, {claims.RecordSource, "sources"},
	{claims.RecordEvidence, "evidence"}, {claims.RecordScale, "scales"},
}

// RecordHistory returns the events of any record, oldest first.
func (s *Store) RecordHistory(ctx context.Context, id string) (claims.RecordKind, []*claims.Event, error) {
	var kind claims.RecordKind
	var evs []*claims.Event
	err := s.read(ctx, "load the history", func(tx *Tx) error {
		for _, rk := range recordKinds {
			if err := mustExist(ctx, tx, map[string]bool{}, rk.table, id, "%s"); err == nil {
				kind = rk.kind
				break
			} else if claims.ErrorCode(err) != claims.ENOTFOUND {
				return err
			}
		}
		var err error
		if evs, err = recordEvents(ctx, tx, id, ""); err != nil {
			return err
		}
		if kind == "" && len(evs) > 0 {
			kind = evs[0].RecordKind()
		}
		if kind == "" {
			return claims.Errorf(claims.ENOTFOUND, "Record %s was not found, and it has no history.", id)
		}
		return nil
	})
	return kind, evs, err
}

// recordEvents returns the events of record id, oldest first; kind ""
// means of any kind.
func recordEvents(ctx context.Context, tx *Tx, id string, kind claims.RecordKind) ([]*claims.Event, error) {
	table, newValue := tx.HistorySource()
	q := `SELECT e.id, e.claim_id, e.kind, e.at, e.actor, e.field, e.old, ` + newValue + `, e.imported FROM ` + table + ` e WHERE e.claim_id = ?`
	args := []any{id}
	if kind != "" {
		q += " AND e.kind = ?"
		args = append(args, string(kind))
	}
	rows, err := tx.QueryContext(ctx, q+" ORDER BY e.at, e.seq", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*claims.Event
	for rows.Next() {
		var ev claims.Event
		var at, k string
		if err := rows.Scan(&ev.ID, &ev.ClaimID, &k, &at, &ev.Actor, &ev.Field, &ev.Old, &ev.New, &ev.Imported); err != nil {
			return nil, err
		}
		if ev.At, err = parseTime(at); err != nil {
			return nil, err
		}
		if k != string(claims.RecordClaim) {
			ev.Kind = claims.RecordKind(k)
		}
		out = append(out, &ev)
	}
	return out, rows.Err()
}

// syncOrigins are the origins of versions that were current here; they are
// what KnownVersions reports and what a bundle's Versions is matched against.
const syncOrigins = `('imported', 'matched', 'replaced', 'taken')`

// KnownVersions returns the versions of the records ids that were current
// here when a merge met them.
func (s *Store) KnownVersions(ctx context.Context, ids []string) ([]*claims.VersionRef, error) {
	var out []*claims.VersionRef
	err := s.read(ctx, "load the known versions", func(tx *Tx) error {
		const chunk = 500
		for len(ids) > 0 {
			n := min(chunk, len(ids))
			args := make([]any, n)
			for i, id := range ids[:n] {
				args[i] = id
			}
			ids = ids[n:]
			rows, err := tx.QueryContext(ctx, `SELECT kind, record_id, hash FROM versions
				WHERE origin IN `+syncOrigins+` AND record_id IN (?`+strings.Repeat(",?", n-1)+`) ORDER BY seq`, args...)
			if err != nil {
				return err
			}
			for rows.Next() {
				var v claims.VersionRef
				if err := rows.Scan(&v.Kind, &v.RecordID, &v.Hash); err != nil {
					rows.Close()
					return err
				}
				out = append(out, &v)
			}
			err = rows.Err()
			if cerr := rows.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
	return out, err
}
