package sqlstore

import (
	"context"
	"strings"

	"claimdesk/claims"
)

// ImportArchive stores a parsed archive; see claims.ArchiveService.
func (s *Store) ImportArchive(ctx context.Context, imp *claims.ArchiveImport) (*claims.ArchiveImportResult, error) {
	if imp == nil || strings.TrimSpace(imp.Name) == "" {
		return nil, claims.Errorf(claims.EINVALID, "An archive needs a name.")
	}
	if len(imp.Records) == 0 {
		return nil, claims.Errorf(claims.EINVALID, "The archive %q has no record that could be read (%d malformed).",
			imp.Name, len(imp.Malformed))
	}
	for i, r := range imp.Records {
		if err := r.Validate(); err != nil {
			return nil, claims.Errorf(claims.EINVALID, "Record %d of %q: %s", i+1, imp.Name, claims.ErrorMessage(err))
		}
	}
	res := &claims.ArchiveImportResult{Malformed: imp.Malformed}
	err := s.write(ctx, "import the archive", func(tx *Tx) error {
		if done, err := sameFile(ctx, tx, imp.SHA256, res); done || err != nil {
			return err
		}
		a, err := archiveFor(ctx, tx, imp, s.actor(ctx))
		if err != nil {
			return err
		}
		known, err := recordsByKey(ctx, tx, a.ID)
		if err != nil {
			return err
		}
		for _, r := range imp.Records {
			if err := putRecord(ctx, tx, a.ID, r, known, res); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, "UPDATE archives SET sha256 = ? WHERE id = ?", imp.SHA256, a.ID); err != nil {
			return err
		}
		a.SHA256 = imp.SHA256
		res.Archive = a
		return tx.QueryRowContext(ctx, "SELECT count(*) FROM archive_records WHERE archive_id = ?", a.ID).Scan(&a.Records)
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

// sameFile reports whether a file with this SHA-256 was imported already;
// if so res names that archive with every record unchanged.
func sameFile(ctx context.Context, tx *Tx, sha string, res *claims.ArchiveImportResult) (bool, error) {
	if sha == "" {
		return false, nil
	}
	a, err := scanArchive(tx.QueryRowContext(ctx, "SELECT "+archiveCols+
		" FROM archives a WHERE a.sha256 = ? ORDER BY a.seq LIMIT 1", sha))
	if errNoRows(err) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	res.Archive, res.Unchanged = a, a.Records
	return true, nil
}

// archiveFor returns the archive named imp.Name, creating it when needed.
func archiveFor(ctx context.Context, tx *Tx, imp *claims.ArchiveImport, actor string) (*claims.Archive, error) {
	a, err := scanArchive(tx.QueryRowContext(ctx, "SELECT "+archiveCols+" FROM archives a WHERE a.name = ?", imp.Name))
	if err == nil || !errNoRows(err) {
		return a, err
	}
	id, err := newID()
	if err != nil {
		return nil, err
	}
	a = &claims.Archive{ID: id, Name: imp.Name, Publisher: imp.Publisher, Source: imp.Source,
		SHA256: imp.SHA256, ImportedAt: now(), ImportedBy: actor}
	_, err = tx.ExecContext(ctx, `INSERT INTO archives (id, name, publisher, source, sha256, imported_at, imported_by)
		VALUES (?,?,?,?,?,?,?)`, a.ID, a.Name, a.Publisher, a.Source, a.SHA256, fmtTime(a.ImportedAt), a.ImportedBy)
	return a, err
}

// recordsByKey returns the stored records of an archive by key.
func recordsByKey(ctx context.Context, tx *Tx, archiveID string) (map[string]*claims.ArchiveRecord, error) {
	rows, err := tx.QueryContext(ctx, "SELECT "+recordCols+" FROM archive_records r WHERE r.archive_id = ?", archiveID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]*claims.ArchiveRecord{}
	for rows.Next() {
		r, err := scanRecord(rows)
		if err != nil {
			return nil, err
		}
		out[r.Key] = r
	}
	return out, rows.Err()
}

// putRecord inserts r, or updates the stored record with its key when the
// content differs, counting what it did in res.
func putRecord(ctx context.Context, tx *Tx, archiveID string, r *claims.ArchiveRecord,
	known map[string]*claims.ArchiveRecord, res *claims.ArchiveImportResult) error {
	r.ArchiveID = archiveID
	if old, ok := known[r.Key]; ok {
		r.ID = old.ID
		if sameRecord(old, r) {
			res.Unchanged++
			return nil
		}
		res.Updated++
		_, err := tx.ExecContext(ctx, `UPDATE archive_records SET text = ?, title = ?, verdict = ?, claimant = ?,
			claim_date = ?, url = ?, publisher = ?, language = ? WHERE id = ?`, r.Text, r.Title, r.Verdict, r.Claimant,
			fmtTime(r.ClaimDate), r.URL, r.Publisher, r.Language, r.ID)
		known[r.Key] = r
		return err
	}
	id, err := newID()
	if err != nil {
		return err
	}
	r.ID = id
	known[r.Key] = r
	res.Added++
	_, err = tx.ExecContext(ctx, `INSERT INTO archive_records (id, archive_id, key, text, title, verdict, claimant,
		claim_date, url, publisher, language) VALUES (?,?,?,?,?,?,?,?,?,?,?)`, r.ID, archiveID, r.Key, r.Text, r.Title,
		r.Verdict, r.Claimant, fmtTime(r.ClaimDate), r.URL, r.Publisher, r.Language)
	return err
}

// sameRecord reports whether a and b hold the same text, title, verdict,
// claimant, claim date, URL, publisher and language.
func sameRecord(a, b *claims.ArchiveRecord) bool {
	return a.Text == b.Text && a.Title == b.Title && a.Verdict == b.Verdict && a.Claimant == b.Claimant &&
		a.ClaimDate.Equal(b.ClaimDate) && a.URL == b.URL && a.Publisher == b.Publisher && a.Language == b.Language
}

// archiveCols are the columns scanArchive reads, the record count last.
const archiveCols = `a.id, a.name, a.publisher, a.source, a.sha256, a.imported_at, a.imported_by,
	(SELECT count(*) FROM archive_records r WHERE r.archive_id = a.id)`

// scanArchive reads an archive from a row of archiveCols.
func scanArchive(r Scanner) (*claims.Archive, error) {
	var a claims.Archive
	var at string
	if err := r.Scan(&a.ID, &a.Name, &a.Publisher, &a.Source, &a.SHA256, &at, &a.ImportedBy, &a.Records); err != nil {
		return nil, err
	}
	var err error
	a.ImportedAt, err = parseTime(at)
	return &a, err
}

// recordCols are the columns scanRecord reads.
const recordCols = `r.id, r.archive_id, r.key, r.text, r.title, r.verdict, r.claimant, r.claim_date, r.url,
	r.publisher, r.language`

// scanRecord reads an archive record from a row of recordCols.
func scanRecord(sc Scanner) (*claims.ArchiveRecord, error) {
	var r claims.ArchiveRecord
	var date string
	if err := sc.Scan(&r.ID, &r.ArchiveID, &r.Key, &r.Text, &r.Title, &r.Verdict, &r.Claimant, &date, &r.URL,
		&r.Publisher, &r.Language); err != nil {
		return nil, err
	}
	var err error
	r.ClaimDate, err = parseTime(date)
	return &r, err
}

// Archives lists the archives, oldest first.
func (s *Store) Archives(ctx context.Context) ([]*claims.Archive, error) {
	var out []*claims.Archive
	err := s.read(ctx, "list the archives", func(tx *Tx) error {
		rows, err := tx.QueryContext(ctx, "SELECT "+archiveCols+" FROM archives a ORDER BY a.imported_at, a.seq")
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			a, err := scanArchive(rows)
			if err != nil {
				return err
			}
			out = append(out, a)
		}
		return rows.Err()
	})
	return out, err
}

// RemoveArchive deletes an archive with its records and their links.
func (s *Store) RemoveArchive(ctx context.Context, id string) error {
	return s.write(ctx, "remove the archive", func(tx *Tx) error {
		res, err := tx.ExecContext(ctx, "DELETE FROM archives WHERE id = ?", id)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			if err == nil {
				err = claims.Errorf(claims.ENOTFOUND, "Archive %s was not found.", id)
			}
			return err
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM match_dismissals WHERE target_kind = 'record'
			AND target_id NOT IN (SELECT id FROM archive_records)`)
		return err
	})
}

// ArchiveRecord returns one record.
func (s *Store) ArchiveRecord(ctx context.Context, id string) (*claims.ArchiveRecord, error) {
	return readValue(ctx, s, "load the archive record", func(tx *Tx) (*claims.ArchiveRecord, error) {
		return findRecord(ctx, tx, id)
	})
}

// findRecord returns the archive record id read in tx; ENOTFOUND when there
// is none.
func findRecord(ctx context.Context, tx *Tx, id string) (*claims.ArchiveRecord, error) {
	r, err := scanRecord(tx.QueryRowContext(ctx, "SELECT "+recordCols+" FROM archive_records r WHERE r.id = ?", id))
	if errNoRows(err) {
		return nil, claims.Errorf(claims.ENOTFOUND, "Archive record %s was not found.", id)
	}
	return r, err
}
