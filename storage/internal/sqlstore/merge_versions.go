package sqlstore

import (
	"context"
	"database/sql"
	"time"

	"claimdesk/claims"

	"github.com/google/uuid"
)

// mergeNS is the namespace of the name-based IDs of merge events, so that
// merging the same dataset again finds the event it already recorded.
var mergeNS = uuid.MustParse("5b0f4a52-3c1e-4d8e-9a55-0c1a1d3e7f21")

// outcome is what a merge does with one incoming record.
type outcome int

const (
	outCreate    outcome = iota // not here: insert it
	outUnchanged                // identical, or a version met before
	outReplace                  // the local version is where the incoming one started
	outOlder                    // the local version is newer; keep it
	outConflict                 // both changed since they last matched; keep the local one
)

// version is one version of a record as a merge compares it.
type version struct {
	kind    claims.RecordKind
	id      string
	content string    // canonical JSON
	hash    string    // SHA-256 of content
	at      time.Time // when it was last changed, if the record says
	// histKind and histID name the record whose history records this one
	// (evidence is recorded in its claim's history).
	histKind claims.RecordKind
	histID   string
}

// newVersion returns the version of the record rec: its canonical JSON and
// hash, changed at at.
func newVersion(kind claims.RecordKind, id string, rec any, at time.Time) *version {
	c := canon(rec)
	return &version{kind: kind, id: id, content: c, hash: versionHash(c), at: at, histKind: kind, histID: id}
}

// decide compares the incoming version in with local (nil when the record
// is not here); see claims.ExchangeService.MergeDataset.
func (m *merger) decide(ctx context.Context, in, local *version) (outcome, error) {
	known, err := m.known(ctx, in)
	if err != nil {
		return 0, err
	}
	if local == nil {
		gone, err := m.deletedHere(ctx, in)
		switch {
		case err != nil:
			return 0, err
		case !gone:
			return outCreate, nil
		case known:
			return outUnchanged, nil
		}
		return outConflict, nil // deleted here, changed there
	}
	if in.hash == local.hash || known {
		return outUnchanged, nil
	}
	if m.ancestors[string(in.kind)+"/"+in.id+"/"+local.hash] {
		return outReplace, nil
	}
	base, err := m.base(ctx, in)
	if err != nil {
		return 0, err
	}
	if base == local.hash {
		if in.at.Before(local.at) {
			return outOlder, nil
		}
		return outReplace, nil
	}
	return outConflict, nil
}

// orphan turns the creation of a record that needs a record deleted here
// (and not restored by this merge) into a conflict.
func (m *merger) orphan(out outcome, needs ...string) outcome {
	if out != outCreate {
		return out
	}
	for _, n := range needs {
		if m.absent[n] {
			return outConflict
		}
	}
	return out
}

// known reports whether this database met version v of its record before.
func (m *merger) known(ctx context.Context, v *version) (bool, error) {
	var one int
	err := m.tx.QueryRowContext(ctx, `SELECT 1 FROM versions WHERE kind = ? AND record_id = ? AND hash = ?`,
		string(v.kind), v.id, v.hash).Scan(&one)
	if errNoRows(err) {
		return false, nil
	}
	return err == nil, err
}

// base returns the hash of the version last merged in or found identical
// here: the version both sides last agreed on ("" when none).
func (m *merger) base(ctx context.Context, v *version) (string, error) {
	var h string
	err := m.tx.QueryRowContext(ctx, `SELECT hash FROM versions WHERE kind = ? AND record_id = ?
		AND origin IN ('imported', 'matched', 'taken') ORDER BY seq DESC LIMIT 1`, string(v.kind), v.id).Scan(&h)
	if errNoRows(err) {
		return "", nil
	}
	return h, err
}

// deletedHere reports whether the record of v was here once: a merge met
// it, or its history records its deletion.
func (m *merger) deletedHere(ctx context.Context, v *version) (bool, error) {
	var one int
	err := m.tx.QueryRowContext(ctx, `SELECT 1 FROM versions WHERE kind = ? AND record_id = ?
		UNION ALL SELECT 1 FROM events WHERE claim_id = ? AND field = ? LIMIT 1`,
		string(v.kind), v.id, v.id, claims.FieldDeleted).Scan(&one)
	if errNoRows(err) {
		return false, nil
	}
	return err == nil, err
}

// record keeps version v with its origin (see 0004_versions.sql) unless
// the version is recorded already.
func (m *merger) record(ctx context.Context, v *version, origin string) error {
	res, err := recordVersion(ctx, m.tx, v, origin, m.at, m.actor)
	return m.noteWrite(res, err)
}

// recordVersion inserts version v with origin unless v is recorded already
// (with any origin; origin "taken" is added to a recorded version once).
func recordVersion(ctx context.Context, tx *Tx, v *version, origin string, at time.Time, actor string) (sql.Result, error) {
	return tx.ExecContext(ctx, `INSERT INTO versions (kind, record_id, hash, origin, at, actor, content)
		SELECT ?,?,?,?,?,?,? WHERE NOT EXISTS (SELECT 1 FROM versions WHERE kind = ? AND record_id = ? AND hash = ?
		AND (? <> 'taken' OR origin = 'taken'))`,
		string(v.kind), v.id, v.hash, origin, fmtTime(at), actor, v.content, string(v.kind), v.id, v.hash, origin)
}

// historyEvent records in v's history that version old (as JSON) is no
// longer current or was not taken, with what happened in words.
func (m *merger) historyEvent(ctx context.Context, v *version, field string, old *version, what string) error {
	id := uuid.NewSHA1(mergeNS, []byte(string(v.histKind)+"\x00"+v.histID+"\x00"+field+"\x00"+old.hash)).String()
	res, err := m.tx.ExecContext(ctx, `INSERT INTO events (id, claim_id, kind, at, actor, field, old, new)
		VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING`,
		id, v.histID, string(v.histKind), fmtTime(m.at), m.actor, field, old.content, what)
	return m.noteWrite(res, err)
}

// noteWrite returns err, or RowsAffected's error, and notes that the merge
// wrote when res affected a row.
func (m *merger) noteWrite(res interface{ RowsAffected() (int64, error) }, err error) error {
	if err != nil {
		return err
	}
	n, err := res.RowsAffected()
	if n > 0 {
		m.wrote = true
	}
	return err
}

// apply carries out out for the incoming version in against local: write
// stores in as the current version; title describes the record for a
// conflict report.
func (m *merger) apply(ctx context.Context, out outcome, in, local *version, title string, write func() error) error {
	switch out {
	case outCreate:
		if err := write(); err != nil {
			return err
		}
		m.wrote = true
		m.res.Created++
		return m.record(ctx, in, "imported")
	case outUnchanged:
		m.res.Unchanged++
		if local == nil {
			m.absent[string(in.kind)+"/"+in.id] = true
		}
		if local != nil && in.hash == local.hash {
			return m.record(ctx, in, "matched")
		}
		return nil
	case outReplace:
		if err := m.record(ctx, local, "replaced"); err != nil {
			return err
		}
		if err := m.historyEvent(ctx, in, claims.FieldMerged, local, "replaced by a version from a bundle"); err != nil {
			return err
		}
		if err := write(); err != nil {
			return err
		}
		m.wrote = true
		m.res.Updated++
		return m.record(ctx, in, "imported")
	case outOlder:
		m.res.Kept++
		if err := m.record(ctx, in, "older"); err != nil {
			return err
		}
		return m.historyEvent(ctx, in, claims.FieldMerged, in, "older version from a bundle; the local one was kept")
	default:
		if local == nil {
			m.absent[string(in.kind)+"/"+in.id] = true
		}
		c := claims.Conflict{Kind: in.kind, ID: in.id, Title: title, Hash: in.hash}
		if in.histKind != in.kind {
			c.ClaimID = in.histID
		}
		m.res.Conflicts = append(m.res.Conflicts, c)
		if err := m.record(ctx, in, "conflict"); err != nil {
			return err
		}
		what := "changed on both sides; the local version was kept"
		if local == nil {
			what = "deleted here; the bundle's version was not restored"
		}
		return m.historyEvent(ctx, in, claims.FieldConflict, in, what)
	}
}
