package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"strings"
	"time"

	"claimdesk/claims"
)

// ClaimCols selects a claim row (as c) for ScanClaim, with its tags as a
// JSON array that the SQL expression tags builds.
func ClaimCols(tags string) string {
	return `c.id, COALESCE(c.article_id, ''), c.text, c.anchor_start, c.anchor_end, c.anchor_exact,
	c.anchor_prefix, c.anchor_suffix, c.detached, c.claimant, c.claim_date, c.status, COALESCE(c.rating_id, ''),
	c.conclusion, c.rationale, c.score, c.kinds, c.reasons, c.created_at, c.created_by, c.updated_at, c.updated_by,
	` + tags
}

// CreateClaim stores a new claim and appends its "created" event.
func (s *Store) CreateClaim(ctx context.Context, c *claims.Claim) error {
	return s.CreateClaims(ctx, []*claims.Claim{c})
}

// CreateClaims stores many claims in one transaction: all or none.
func (s *Store) CreateClaims(ctx context.Context, cs []*claims.Claim) error {
	for _, c := range cs {
		if c == nil {
			return claims.Errorf(claims.EINVALID, "No claim was given.")
		}
		if err := c.Validate(); err != nil {
			return err
		}
	}
	actor := s.actor(ctx)
	saved := make([]claims.Claim, len(cs))
	for i, c := range cs {
		saved[i] = *c
	}
	err := s.write(ctx, "save the claim", func(tx *Tx) error {
		return tx.InsertClaims(ctx, tx, len(cs), func() error {
			cache := map[string]bool{}
			for _, c := range cs {
				if err := createClaim(ctx, tx, c, actor, cache); err != nil {
					return err
				}
			}
			return nil
		})
	})
	if err != nil {
		for i, c := range cs { // all or none: leave the callers' values as they were
			*c = saved[i]
		}
	}
	return err
}

// createClaim checks and inserts one claim. known caches the article and
// rating IDs already found in this transaction.
func createClaim(ctx context.Context, tx *Tx, c *claims.Claim, actor string, known map[string]bool) error {
	if c.Status == "" {
		c.Status = claims.StatusNew
	}
	if c.ArticleID != "" {
		if err := mustExist(ctx, tx, known, "articles", c.ArticleID, "Article %s was not found."); err != nil {
			return err
		}
	}
	if c.RatingID != "" {
		if err := mustExist(ctx, tx, known, "ratings", c.RatingID, "Rating %s was not found."); err != nil {
			return err
		}
	}
	if c.Anchor != nil {
		var body string
		if err := tx.QueryRowContext(ctx, "SELECT body FROM articles WHERE id = ?", c.ArticleID).Scan(&body); err != nil {
			return err
		}
		start, end, ok := claims.ResolveAnchor(body, c.Anchor)
		if !ok {
			return claims.Errorf(claims.EINVALID, "The quoted passage %q does not occur in the article.", c.Anchor.Exact)
		}
		a := *c.Anchor
		a.Start, a.End = start, end
		c.Anchor, c.Detached = &a, false
	}
	id, err := newID()
	if err != nil {
		return err
	}
	t := now()
	c.ID, c.CreatedAt, c.UpdatedAt, c.CreatedBy, c.UpdatedBy = id, t, t, actor, actor
	c.Tags = claims.NormalizeTags(c.Tags)
	if err := insertClaim(ctx, tx, c); err != nil {
		return err
	}
	return tx.AppendCreated(ctx, tx, c, t, actor)
}

// mustExist returns ENOTFOUND (with msg) unless table holds a row with id.
func mustExist(ctx context.Context, tx *Tx, known map[string]bool, table, id, msg string) error {
	key := table + "\x00" + id
	if known[key] {
		return nil
	}
	var one int
	err := tx.QueryRowContext(ctx, "SELECT 1 FROM "+table+" WHERE id = ?", id).Scan(&one)
	if errNoRows(err) {
		return claims.Errorf(claims.ENOTFOUND, msg, id)
	}
	if err != nil {
		return err
	}
	known[key] = true
	return nil
}

// anchorArgs are the stored columns of anchor a: NULL for none.
func anchorArgs(a *claims.Anchor) (start, end sql.NullInt64, exact, prefix, suffix sql.NullString) {
	if a != nil {
		start, end = sql.NullInt64{Int64: int64(a.Start), Valid: true}, sql.NullInt64{Int64: int64(a.End), Valid: true}
		exact, prefix, suffix = nullStr(a.Exact), nullStr(a.Prefix), nullStr(a.Suffix)
	}
	return start, end, exact, prefix, suffix
}

// insertClaim writes the claim row and its tags as they are.
func insertClaim(ctx context.Context, tx *Tx, c *claims.Claim) error {
	start, end, exact, prefix, suffix := anchorArgs(c.Anchor)
	_, err := tx.ExecContext(ctx, `INSERT INTO claims (id, article_id, text, anchor_start, anchor_end, anchor_exact,
		anchor_prefix, anchor_suffix, detached, claimant, claim_date, status, rating_id, conclusion, rationale,
		score, kinds, reasons, created_at, created_by, updated_at, updated_by)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		c.ID, emptyNull(c.ArticleID), c.Text, start, end, exact, prefix, suffix, c.Detached, c.Claimant,
		fmtTime(c.ClaimDate), string(c.Status), emptyNull(c.RatingID), c.Conclusion, c.Rationale, c.Score,
		jsonList(tx, c.Kinds), jsonList(tx, c.Reasons), tx.ClaimTime(c.CreatedAt), c.CreatedBy, tx.ClaimTime(c.UpdatedAt), c.UpdatedBy)
	if err != nil {
		return err
	}
	return writeTags(ctx, tx, c.ID, c.Tags)
}

// writeTags replaces the stored tags of the claim with tags, in order.
func writeTags(ctx context.Context, tx *Tx, claimID string, tags []string) error {
	if _, err := tx.ExecContext(ctx, "DELETE FROM claim_tags WHERE claim_id = ?", claimID); err != nil {
		return err
	}
	for i, t := range tags {
		if _, err := tx.ExecContext(ctx, "INSERT INTO claim_tags (claim_id, tag, position) VALUES (?,?,?)", claimID, t, i); err != nil {
			return err
		}
	}
	return nil
}

// nullStr returns s as a non-NULL sql.NullString.
func nullStr(s string) sql.NullString { return sql.NullString{String: s, Valid: true} }

// emptyNull stores "" as NULL (for optional references).
func emptyNull(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// jsonList is how a claim's kinds or reasons are stored: a JSON array, or
// the dialect's EmptyList for none.
func jsonList(tx *Tx, l []string) string {
	if len(l) == 0 {
		return tx.EmptyList()
	}
	b, _ := json.Marshal(l)
	return string(b)
}

// ScanClaim reads a claim row selected by ClaimCols in the dialect d.
func ScanClaim(d Dialect, r Scanner) (*claims.Claim, error) {
	var c claims.Claim
	var start, end sql.NullInt64
	var exact, prefix, suffix sql.NullString
	var claimDate, status, kinds, reasons, tags string
	var created, updated any
	if err := r.Scan(&c.ID, &c.ArticleID, &c.Text, &start, &end, &exact, &prefix, &suffix, &c.Detached,
		&c.Claimant, &claimDate, &status, &c.RatingID, &c.Conclusion, &c.Rationale, &c.Score, &kinds, &reasons,
		&created, &c.CreatedBy, &updated, &c.UpdatedBy, &tags); err != nil {
		return nil, err
	}
	c.Status = claims.Status(status)
	if exact.Valid {
		c.Anchor = &claims.Anchor{Start: int(start.Int64), End: int(end.Int64), Exact: exact.String,
			Prefix: prefix.String, Suffix: suffix.String}
	}
	for _, l := range []struct {
		src string
		dst *[]string
	}{{kinds, &c.Kinds}, {reasons, &c.Reasons}, {tags, &c.Tags}} {
		if l.src == "" { // an empty list stored as "" (Dialect.EmptyList)
			continue
		}
		if err := json.Unmarshal([]byte(l.src), l.dst); err != nil {
			return nil, err
		}
		if len(*l.dst) == 0 {
			*l.dst = nil
		}
	}
	var err error
	if c.ClaimDate, err = parseTime(claimDate); err != nil {
		return nil, err
	}
	if c.CreatedAt, err = d.ParseClaimTime(created); err != nil {
		return nil, err
	}
	if c.UpdatedAt, err = d.ParseClaimTime(updated); err != nil {
		return nil, err
	}
	return &c, nil
}

// FindClaimByID returns one claim.
func (s *Store) FindClaimByID(ctx context.Context, id string) (*claims.Claim, error) {
	return readValue(ctx, s, "load the claim", func(tx *Tx) (*claims.Claim, error) {
		return findClaimByID(ctx, tx, id)
	})
}

// findClaimByID returns the claim id read in tx; ENOTFOUND when there is
// none.
func findClaimByID(ctx context.Context, tx *Tx, id string) (*claims.Claim, error) {
	c, err := ScanClaim(tx, tx.QueryRowContext(ctx, "SELECT "+tx.ClaimCols()+" FROM claims c WHERE c.id = ?", id))
	if errNoRows(err) {
		return nil, claims.Errorf(claims.ENOTFOUND, "Claim %s was not found.", id)
	}
	return c, err
}

// DeleteClaim removes a claim with its evidence; its history stays.
func (s *Store) DeleteClaim(ctx context.Context, id string) error {
	return s.write(ctx, "delete the claim", func(tx *Tx) error {
		c, err := findClaimByID(ctx, tx, id)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM claims WHERE id = ?", id); err != nil {
			return err
		}
		return appendEvent(ctx, tx, &claims.Event{ClaimID: id, At: now(), Actor: s.actor(ctx),
			Field: claims.FieldDeleted, Old: c.Text})
	})
}

// anchorString renders an anchor for history: JSON, or "" for none.
func anchorString(a *claims.Anchor) string {
	if a == nil {
		return ""
	}
	b, _ := json.Marshal(a)
	return string(b)
}

// dateString renders a claim date for history.
func dateString(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// tagsString renders tags for history: comma-separated.
func tagsString(tags []string) string { return strings.Join(tags, ", ") }
