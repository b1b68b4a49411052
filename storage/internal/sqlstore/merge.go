package sqlstore

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"time"

	"claimdesk/claims"
)

// merger carries the state of one MergeDataset call.
type merger struct {
	s     *Store
	tx    *Tx
	actor string
	at    time.Time // when the merge runs; the time of the events it writes
	snaps map[string][]byte
	// dry runs the merge to see whether it writes anything: the transaction
	// is rolled back and no snapshot file is stored.
	dry bool
	// wrote is set once the merge writes anything (also bookkeeping rows).
	wrote bool
	res   claims.MergeResult
	// ancestors holds the hashes of ds.Versions by kind and record ID.
	ancestors map[string]bool
	// carried holds kind/ID of every record the dataset carries.
	carried map[string]bool
	// ratingMap maps the ratings of a changed preset to those of its copy.
	ratingMap map[string]string
	// absent holds kind/ID of the records the dataset carries that were
	// deleted here and stay deleted.
	absent map[string]bool
	// bodies are the articles whose body a merge replaced; their claims are
	// re-anchored once all claims are merged.
	bodies []*claims.Article
}

// errDryRun rolls back the transaction of a dry run.
var errDryRun = errors.New("dry run")

// MergeDataset merges ds in one transaction; see claims.ExchangeService and
// docs/exchange.md. It first runs the merge without committing it; only
// when that would write anything is the database backed up (Backup) and the
// merge run for real, so merging the same dataset again writes nothing, not
// even a backup. Events the merge writes have IDs derived from what they
// record, so a repeated merge finds them.
func (s *Store) MergeDataset(ctx context.Context, ds *claims.Dataset, snapshots map[string][]byte) (*claims.MergeResult, error) {
	if ds == nil {
		return nil, claims.Errorf(claims.EINVALID, "No dataset was given.")
	}
	if ds.Version < 1 || ds.Version > claims.DatasetVersion {
		return nil, claims.Errorf(claims.EINVALID, "The dataset has layout version %d; this version of Claimdesk reads version %d. Update Claimdesk to import it.",
			ds.Version, claims.DatasetVersion)
	}
	at := now()
	if err := checkTimes(ds, at.Add(claims.MaxClockSkew)); err != nil {
		return nil, err
	}
	dry, err := s.merge(ctx, ds, snapshots, at, true)
	if err != nil || !dry.wrote {
		return resultOf(dry, err)
	}
	backup, err := s.b.MergeBackup(ctx)
	if err != nil {
		return nil, err
	}
	m, err := s.merge(ctx, ds, snapshots, at, false)
	if err != nil {
		return nil, err
	}
	m.res.Backup = backup
	return &m.res, nil
}

// resultOf returns the result of the merge m, or err when it failed.
func resultOf(m *merger, err error) (*claims.MergeResult, error) {
	if err != nil {
		return nil, err
	}
	return &m.res, nil
}

// merge runs the steps of a merge in one write transaction.
func (s *Store) merge(ctx context.Context, ds *claims.Dataset, snapshots map[string][]byte, at time.Time, dry bool) (*merger, error) {
	m := &merger{s: s, actor: s.actor(ctx), at: at, snaps: snapshots, dry: dry,
		ancestors: map[string]bool{}, carried: map[string]bool{}, ratingMap: map[string]string{}, absent: map[string]bool{}}
	for _, v := range ds.Versions {
		if v != nil {
			m.ancestors[string(v.Kind)+"/"+v.RecordID+"/"+v.Hash] = true
		}
	}
	m.noteCarried(ds)
	err := s.write(ctx, "merge the dataset", func(tx *Tx) error {
		m.tx = tx
		for _, step := range []func(context.Context, *claims.Dataset) error{
			m.scales, m.articles, m.sources, m.claims, m.reanchor, m.evidence, m.events,
		} {
			if err := step(ctx, ds); err != nil {
				return err
			}
		}
		if dry {
			return errDryRun
		}
		return nil
	})
	if dry && errors.Is(err, errDryRun) {
		err = nil
	}
	if err != nil {
		return nil, err
	}
	return m, nil
}

// noteCarried records which records the dataset carries, for its events.
func (m *merger) noteCarried(ds *claims.Dataset) {
	noteIDs(m.carried, claims.RecordArticle, ds.Articles, func(a *claims.Article) string { return a.ID })
	noteIDs(m.carried, claims.RecordClaim, ds.Claims, func(c *claims.Claim) string { return c.ID })
	noteIDs(m.carried, claims.RecordSource, ds.Sources, func(s *claims.Source) string { return s.ID })
	noteIDs(m.carried, claims.RecordEvidence, ds.Evidence, func(e *claims.Evidence) string { return e.ID })
	noteIDs(m.carried, claims.RecordScale, ds.Scales, func(sc *claims.RatingScale) string { return sc.ID })
}

// noteIDs adds kind/ID of each record of rs (nil ones left out) to set.
func noteIDs[T any](set map[string]bool, kind claims.RecordKind, rs []*T, id func(*T) string) {
	for _, r := range rs {
		if r != nil {
			set[string(kind)+"/"+id(r)] = true
		}
	}
}

// canon returns the JSON of v, used to compare versions of a record.
func canon(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// versionHash returns the SHA-256 of a canonical JSON version.
func versionHash(content string) string {
	sum := sha256.Sum256([]byte(content))
	return hex.EncodeToString(sum[:])
}

// exists reports whether table holds a row with id.
func (m *merger) exists(ctx context.Context, table, id string) (bool, error) {
	err := mustExist(ctx, m.tx, map[string]bool{}, table, id, "%s")
	if claims.ErrorCode(err) == claims.ENOTFOUND {
		return false, nil
	}
	return err == nil, err
}

// checkTimes refuses a dataset holding a bookkeeping time after limit: a
// record changed or an event written in the future means a broken clock.
func checkTimes(ds *claims.Dataset, limit time.Time) error {
	bad := func(kind, id string, t time.Time) error {
		if t.After(limit) {
			return claims.Errorf(claims.EINVALID, "The %s %s in the dataset is dated %s, in the future. The sender's clock is wrong; nothing was imported. Ask for a bundle written with a correct clock.",
				kind, id, t.UTC().Format(time.RFC3339))
		}
		return nil
	}
	var errs []error
	for _, a := range ds.Articles {
		if a != nil {
			errs = append(errs, bad("article", a.ID, a.ImportedAt), bad("article", a.ID, a.UpdatedAt))
		}
	}
	for _, c := range ds.Claims {
		if c != nil {
			errs = append(errs, bad("claim", c.ID, c.CreatedAt), bad("claim", c.ID, c.UpdatedAt))
		}
	}
	for _, s := range ds.Sources {
		if s == nil {
			continue
		}
		errs = append(errs, bad("source", s.ID, s.CreatedAt), bad("source", s.ID, s.UpdatedAt))
		for _, sn := range s.Snapshots {
			errs = append(errs, bad("snapshot of source", s.ID, sn.AddedAt))
		}
	}
	for _, e := range ds.Evidence {
		if e != nil {
			errs = append(errs, bad("evidence", e.ID, e.CreatedAt), bad("evidence", e.ID, e.UpdatedAt))
		}
	}
	for _, ev := range ds.Events {
		if ev != nil {
			errs = append(errs, bad("history event", ev.ID, ev.At))
		}
	}
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
