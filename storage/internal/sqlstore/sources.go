package sqlstore

import (
	"context"
	"strings"

	"claimdesk/claims"
)

// sourceCols are the columns scanSource reads.
const sourceCols = `s.id, s.url, s.title, s.publisher, s.author, s.published_at, s.accessed_at, s.kind, s.notes,
	s.created_at, s.created_by, s.updated_at`

// CreateSource stores a new source (kind other unless set).
func (s *Store) CreateSource(ctx context.Context, src *claims.Source) error {
	if src == nil {
		return claims.Errorf(claims.EINVALID, "No source was given.")
	}
	if err := src.Validate(); err != nil {
		return err
	}
	return s.write(ctx, "save the source", func(tx *Tx) error {
		id, err := newID()
		if err != nil {
			return err
		}
		if src.Kind == "" {
			src.Kind = claims.KindOther
		}
		t := now()
		src.ID, src.CreatedAt, src.UpdatedAt, src.CreatedBy = id, t, t, s.actor(ctx)
		src.Snapshots = nil // files are attached with AttachSnapshot
		return insertSource(ctx, tx, src)
	})
}

// insertSource writes the source row as it is.
func insertSource(ctx context.Context, tx *Tx, src *claims.Source) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO sources (id, url, title, publisher, author, published_at,
		accessed_at, kind, notes, created_at, created_by, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
		src.ID, src.URL, src.Title, src.Publisher, src.Author, fmtTime(src.PublishedAt), fmtTime(src.AccessedAt),
		string(src.Kind), src.Notes, fmtTime(src.CreatedAt), src.CreatedBy, fmtTime(src.UpdatedAt))
	return err
}

// saveSourceRow writes every column of an existing source.
func saveSourceRow(ctx context.Context, tx *Tx, src *claims.Source) error {
	_, err := tx.ExecContext(ctx, `UPDATE sources SET url = ?, title = ?, publisher = ?, author = ?,
		published_at = ?, accessed_at = ?, kind = ?, notes = ?, created_at = ?, created_by = ?, updated_at = ?
		WHERE id = ?`,
		src.URL, src.Title, src.Publisher, src.Author, fmtTime(src.PublishedAt), fmtTime(src.AccessedAt),
		string(src.Kind), src.Notes, fmtTime(src.CreatedAt), src.CreatedBy, fmtTime(src.UpdatedAt), src.ID)
	return err
}

// scanSource reads a source, without snapshots, from a row of sourceCols.
func scanSource(r Scanner) (*claims.Source, error) {
	var src claims.Source
	var pub, acc, kind, created, updated string
	if err := r.Scan(&src.ID, &src.URL, &src.Title, &src.Publisher, &src.Author, &pub, &acc, &kind, &src.Notes,
		&created, &src.CreatedBy, &updated); err != nil {
		return nil, err
	}
	src.Kind = claims.SourceKind(kind)
	var err error
	if src.PublishedAt, err = parseTime(pub); err != nil {
		return nil, err
	}
	if src.AccessedAt, err = parseTime(acc); err != nil {
		return nil, err
	}
	if src.CreatedAt, err = parseTime(created); err != nil {
		return nil, err
	}
	if src.UpdatedAt, err = parseTime(updated); err != nil {
		return nil, err
	}
	return &src, nil
}

// FindSourceByID returns one source with its snapshots.
func (s *Store) FindSourceByID(ctx context.Context, id string) (*claims.Source, error) {
	return readValue(ctx, s, "load the source", func(tx *Tx) (*claims.Source, error) {
		return findSourceByID(ctx, tx, id)
	})
}

// findSourceByID returns the source id with its snapshots; ENOTFOUND when
// there is none.
func findSourceByID(ctx context.Context, tx *Tx, id string) (*claims.Source, error) {
	srcs, _, err := findSources(ctx, tx, claims.SourceFilter{ID: &id})
	return only(srcs, err, "Source %s was not found.", id)
}

// FindSources returns matching sources, newest first, and the total.
func (s *Store) FindSources(ctx context.Context, f claims.SourceFilter) ([]*claims.Source, int, error) {
	return readPage(ctx, s, "list sources", f.Offset, f.Limit, func(tx *Tx) ([]*claims.Source, int, error) {
		return findSources(ctx, tx, f)
	})
}

// findSources is FindSources inside tx, with each source's snapshots.
func findSources(ctx context.Context, tx *Tx, f claims.SourceFilter) ([]*claims.Source, int, error) {
	where, args := []string{"1 = 1"}, []any{}
	if f.ID != nil {
		where, args = append(where, "s.id = ?"), append(args, *f.ID)
	}
	if f.ClaimID != nil {
		where = append(where, "EXISTS (SELECT 1 FROM evidence e WHERE e.source_id = s.id AND e.claim_id = ?)")
		args = append(args, *f.ClaimID)
	}
	if f.URL != nil {
		where, args = append(where, "s.url = ?"), append(args, *f.URL)
	}
	cond := strings.Join(where, " AND ")
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM sources s WHERE "+cond, args...).Scan(&n); err != nil {
		return nil, 0, err
	}
	rows, err := tx.QueryContext(ctx, "SELECT "+sourceCols+" FROM sources s WHERE "+cond+
		" ORDER BY s.created_at DESC, s.seq DESC"+limitClause(tx, f.Offset, f.Limit), args...)
	if err != nil {
		return nil, 0, err
	}
	var out []*claims.Source
	for rows.Next() {
		src, err := scanSource(rows)
		if err != nil {
			rows.Close()
			return nil, 0, err
		}
		out = append(out, src)
	}
	if err := CloseRows(rows); err != nil {
		return nil, 0, err
	}
	for _, src := range out {
		if src.Snapshots, err = sourceSnapshots(ctx, tx, src.ID); err != nil {
			return nil, 0, err
		}
	}
	return out, n, nil
}

// UpdateSource changes a source, recording each changed field in its history.
func (s *Store) UpdateSource(ctx context.Context, id string, upd claims.SourceUpdate) (*claims.Source, error) {
	var src *claims.Source
	err := s.write(ctx, "save the source", func(tx *Tx) (err error) {
		if src, err = findSourceByID(ctx, tx, id); err != nil {
			return err
		}
		var cs changeSet
		cs.text(claims.FieldURL, &src.URL, upd.URL)
		cs.text(claims.FieldTitle, &src.Title, upd.Title)
		cs.text(claims.FieldPublisher, &src.Publisher, upd.Publisher)
		cs.text(claims.FieldAuthor, &src.Author, upd.Author)
		cs.time(claims.FieldPublishedAt, &src.PublishedAt, upd.PublishedAt)
		cs.time(claims.FieldAccessedAt, &src.AccessedAt, upd.AccessedAt)
		if upd.Kind != nil {
			kind := string(src.Kind)
			cs.text(claims.FieldKind, &kind, (*string)(upd.Kind))
			src.Kind = claims.SourceKind(kind)
		}
		cs.text(claims.FieldNotes, &src.Notes, upd.Notes)
		if err := src.Validate(); err != nil {
			return err
		}
		if len(cs) == 0 {
			return nil
		}
		src.UpdatedAt = now()
		if err := saveSourceRow(ctx, tx, src); err != nil {
			return err
		}
		return cs.record(ctx, tx, claims.RecordSource, src.ID, src.UpdatedAt, s.actor(ctx))
	})
	if err != nil {
		return nil, err
	}
	return src, nil
}

// DeleteSource removes a source that no evidence uses; its history ends
// with the whole source.
func (s *Store) DeleteSource(ctx context.Context, id string) error {
	return s.write(ctx, "delete the source", func(tx *Tx) error {
		src, err := findSourceByID(ctx, tx, id)
		if err != nil {
			return err
		}
		var used int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM evidence WHERE source_id = ?", id).Scan(&used); err != nil {
			return err
		}
		if used > 0 {
			name := src.Title
			if name == "" {
				name = src.URL
			}
			return claims.Errorf(claims.ECONFLICT, "Source %q is still used as evidence %d time(s); remove that evidence first.", name, used)
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM sources WHERE id = ?", id); err != nil {
			return err
		}
		return recordDeleted(claims.WithActor(ctx, s.actor(ctx)), tx, claims.RecordSource, id, deletedSource(src))
	})
}

// deletedSource is src as its FieldDeleted event keeps it: normalised like
// a version (see normSource), with its snapshot list.
func deletedSource(src *claims.Source) *claims.Source {
	c := normSource(src)
	c.Snapshots = src.Snapshots
	return c
}
