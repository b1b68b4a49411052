package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"claimdesk/claims"

	"github.com/google/uuid"
)

// newID returns a new UUIDv7 in text form.
func newID() (string, error) {
	id, err := uuid.NewV7()
	if err != nil {
		return "", claims.Internal(err, "Could not create a record ID.")
	}
	return id.String(), nil
}

// articleCols are the stored columns of an article, in insertArticle's
// order, the body as the dialect stores it (Dialect.BodyColumns).
func articleCols(tx *Tx) string {
	return `id, title, url, publisher, language, published_at, ` + strings.Join(tx.BodyColumns(), ", ") +
		`, body_sha256, imported_at, created_by, updated_at`
}

// bodySet is the SET clause of an UPDATE that writes an article's body.
func bodySet(tx *Tx) string {
	return strings.Join(tx.BodyColumns(), " = ?, ") + " = ?"
}

// values flattens its arguments into one list of statement arguments: an
// argument of type []any (Dialect.BodyValues) stands for its elements.
func values(vs ...any) []any {
	out := make([]any, 0, len(vs)+1)
	for _, v := range vs {
		if l, ok := v.([]any); ok {
			out = append(out, l...)
		} else {
			out = append(out, v)
		}
	}
	return out
}

// CreateArticle stores a new article and sets its ID, ImportedAt and BodySHA256.
func (s *Store) CreateArticle(ctx context.Context, a *claims.Article) error {
	if a == nil {
		return claims.Errorf(claims.EINVALID, "No article was given.")
	}
	if err := a.Validate(); err != nil {
		return err
	}
	return s.write(ctx, "save the article", func(tx *Tx) error {
		return createArticle(ctx, tx, a, s.actor(ctx))
	})
}

// createArticle gives a a new ID, its times, actor and body hash, and
// inserts it in tx.
func createArticle(ctx context.Context, tx *Tx, a *claims.Article, actor string) error {
	id, err := newID()
	if err != nil {
		return err
	}
	t := now()
	a.ID, a.ImportedAt, a.UpdatedAt, a.CreatedBy = id, t, t, actor
	a.BodySHA256 = claims.BodyHash(a.Body)
	return insertArticle(ctx, tx, a)
}

// insertArticle writes the article row as it is.
func insertArticle(ctx context.Context, tx *Tx, a *claims.Article) error {
	args := values(a.ID, a.Title, a.URL, a.Publisher, a.Language, fmtTime(a.PublishedAt), tx.BodyValues(a.Body),
		a.BodySHA256, fmtTime(a.ImportedAt), a.CreatedBy, fmtTime(a.UpdatedAt))
	_, err := tx.ExecContext(ctx, `INSERT INTO articles (`+articleCols(tx)+`) VALUES (?`+strings.Repeat(",?", len(args)-1)+`)`,
		args...)
	return err
}

// FindArticleByID returns one article.
func (s *Store) FindArticleByID(ctx context.Context, id string) (*claims.Article, error) {
	return readValue(ctx, s, "load the article", func(tx *Tx) (*claims.Article, error) {
		return findArticleByID(ctx, tx, id)
	})
}

// findArticleByID returns the article id read in tx; ENOTFOUND when there
// is none.
func findArticleByID(ctx context.Context, tx *Tx, id string) (*claims.Article, error) {
	as, _, err := findArticles(ctx, tx, claims.ArticleFilter{ID: &id})
	return only(as, err, "Article %s was not found.", id)
}

// FindArticles returns matching articles, newest import first, with their
// claim counts, and the total.
func (s *Store) FindArticles(ctx context.Context, f claims.ArticleFilter) ([]*claims.Article, int, error) {
	return readPage(ctx, s, "list articles", f.Offset, f.Limit, func(tx *Tx) ([]*claims.Article, int, error) {
		return findArticles(ctx, tx, f)
	})
}

// findArticles is FindArticles inside tx: the page of matching articles
// and the total.
func findArticles(ctx context.Context, tx *Tx, f claims.ArticleFilter) ([]*claims.Article, int, error) {
	where, args := []string{"1 = 1"}, []any{}
	if f.ID != nil {
		where, args = append(where, "id = ?"), append(args, *f.ID)
	}
	if f.Language != nil {
		where, args = append(where, "language = ?"), append(args, *f.Language)
	}
	if f.BodySHA256 != nil {
		where, args = append(where, "body_sha256 = ?"), append(args, *f.BodySHA256)
	}
	cond := strings.Join(where, " AND ")
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM articles WHERE "+cond, args...).Scan(&n); err != nil {
		return nil, 0, err
	}
	rows, err := tx.QueryContext(ctx, articleSelect(tx, f.WithoutBody)+" WHERE "+cond+
		" ORDER BY imported_at DESC, seq DESC"+limitClause(tx, f.Offset, f.Limit), args...)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	var out []*claims.Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, 0, err
		}
		out = append(out, a)
	}
	return out, n, rows.Err()
}

// articleSelect selects the columns scanArticle reads, the body left empty
// when withoutBody is set, and the claim count of each article (one indexed
// count per row, in the same query).
func articleSelect(tx *Tx, withoutBody bool) string {
	body := "body"
	if withoutBody {
		body = "''"
	}
	return `SELECT id, title, url, publisher, language, published_at, ` + body + `, body_sha256, imported_at,
		created_by, updated_at, (SELECT count(*) FROM claims c WHERE ` + tx.SameRef("c.article_id", "articles.id") + `) FROM articles`
}

// limitClause returns the LIMIT/OFFSET clause of tx's dialect; limit 0
// means no limit.
func limitClause(tx *Tx, offset, limit int) string {
	return LimitClause(tx.NoLimit(), offset, limit)
}

// LimitClause returns the LIMIT/OFFSET clause; limit 0 means no limit,
// which the SQL dialect writes as noLimit (-1 in SQLite, ALL in PostgreSQL).
func LimitClause(noLimit string, offset, limit int) string {
	switch {
	case limit > 0:
		return fmt.Sprintf(" LIMIT %d OFFSET %d", limit, offset)
	case offset > 0:
		return fmt.Sprintf(" LIMIT %s OFFSET %d", noLimit, offset)
	}
	return ""
}

// Scanner is a row or rows being read.
type Scanner interface{ Scan(dest ...any) error }

// scanArticle reads an article from a row of articleSelect.
func scanArticle(r Scanner) (*claims.Article, error) {
	var a claims.Article
	var pub, imp, upd string
	if err := r.Scan(&a.ID, &a.Title, &a.URL, &a.Publisher, &a.Language, &pub, &a.Body, &a.BodySHA256,
		&imp, &a.CreatedBy, &upd, &a.ClaimCount); err != nil {
		return nil, err
	}
	var err error
	if a.PublishedAt, err = parseTime(pub); err != nil {
		return nil, err
	}
	if a.ImportedAt, err = parseTime(imp); err != nil {
		return nil, err
	}
	if a.UpdatedAt, err = parseTime(upd); err != nil {
		return nil, err
	}
	return &a, nil
}

// UpdateArticle changes an article, recording each changed field in its
// history; a new body re-anchors its claims.
func (s *Store) UpdateArticle(ctx context.Context, id string, upd claims.ArticleUpdate) (*claims.Article, error) {
	var a *claims.Article
	err := s.write(ctx, "save the article", func(tx *Tx) (err error) {
		a, err = updateArticle(ctx, tx, id, upd, s.actor(ctx))
		return err
	})
	return a, err
}

// updateArticle is UpdateArticle inside tx, recording the changes under
// actor.
func updateArticle(ctx context.Context, tx *Tx, id string, upd claims.ArticleUpdate, actor string) (*claims.Article, error) {
	a, err := findArticleByID(ctx, tx, id)
	if err != nil {
		return nil, err
	}
	var cs changeSet
	cs.text(claims.FieldTitle, &a.Title, upd.Title)
	cs.text(claims.FieldURL, &a.URL, upd.URL)
	cs.text(claims.FieldPublisher, &a.Publisher, upd.Publisher)
	cs.text(claims.FieldLanguage, &a.Language, upd.Language)
	cs.time(claims.FieldPublishedAt, &a.PublishedAt, upd.PublishedAt)
	bodyChanged := upd.Body != nil && *upd.Body != a.Body
	if bodyChanged {
		// The old text is kept whole in the event, the new one only by its
		// hash: it is the body now (see claims.FieldBody).
		hash := claims.BodyHash(*upd.Body)
		cs = append(cs, change{claims.FieldBody, a.Body, hash})
		a.Body, a.BodySHA256 = *upd.Body, hash
	}
	if err := a.Validate(); err != nil {
		return nil, err
	}
	if len(cs) == 0 {
		return a, nil
	}
	a.UpdatedAt = now()
	if _, err := tx.ExecContext(ctx, `UPDATE articles SET title = ?, url = ?, publisher = ?, language = ?,
		published_at = ?, `+bodySet(tx)+`, body_sha256 = ?, updated_at = ? WHERE id = ?`,
		values(a.Title, a.URL, a.Publisher, a.Language, fmtTime(a.PublishedAt), tx.BodyValues(a.Body), a.BodySHA256,
			fmtTime(a.UpdatedAt), a.ID)...); err != nil {
		return nil, err
	}
	if err := cs.record(ctx, tx, claims.RecordArticle, a.ID, a.UpdatedAt, actor); err != nil {
		return nil, err
	}
	if bodyChanged {
		if err := reanchorClaims(ctx, tx, a, actor); err != nil {
			return nil, err
		}
	}
	return a, nil
}

// DeleteArticle removes an article; its claims stay, without article, and
// its history ends with the whole article.
func (s *Store) DeleteArticle(ctx context.Context, id string) error {
	return s.write(ctx, "delete the article", func(tx *Tx) error {
		a, err := findArticleByID(ctx, tx, id)
		if err != nil {
			return err
		}
		if err := unlinkClaims(ctx, tx, id, s.actor(ctx)); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM articles WHERE id = ?", id); err != nil {
			return err
		}
		return recordDeleted(claims.WithActor(ctx, s.actor(ctx)), tx, claims.RecordArticle, id, normArticle(a))
	})
}

// errNoRows reports whether err is sql.ErrNoRows.
func errNoRows(err error) bool { return errors.Is(err, sql.ErrNoRows) }

// CloseRows closes rows read to their end, returning the error that ended
// the loop, if any, else the one of Close.
func CloseRows(rows *sql.Rows) error {
	err := rows.Err()
	if cerr := rows.Close(); err == nil {
		err = cerr
	}
	return err
}

// unlinkClaims detaches the claims of article id from it before the article
// is deleted: they lose article and anchor, and history records the anchor.
func unlinkClaims(ctx context.Context, tx *Tx, id, actor string) error {
	cs, _, err := tx.FindClaimsIn(ctx, tx, claims.ClaimFilter{ArticleID: &id})
	if err != nil {
		return err
	}
	t := now()
	for _, c := range cs {
		old := anchorString(c.Anchor)
		c.ArticleID, c.Anchor, c.Detached = "", nil, false
		c.UpdatedAt, c.UpdatedBy = t, actor
		if err := saveClaimRow(ctx, tx, c); err != nil {
			return err
		}
		if err := appendEvent(ctx, tx, &claims.Event{ClaimID: c.ID, At: t, Actor: actor, Field: claims.FieldAnchor,
			Old: old, New: "article deleted"}); err != nil {
			return err
		}
	}
	return nil
}
