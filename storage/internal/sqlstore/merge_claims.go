package sqlstore

import (
	"context"

	"claimdesk/claims"
)

// normClaim returns a copy of c as a merge compares it: status new when
// unset, tags normalised, empty lists nil, times in UTC.
func normClaim(c *claims.Claim) *claims.Claim {
	n := *c
	if n.Status == "" {
		n.Status = claims.StatusNew
	}
	n.Tags = claims.NormalizeTags(n.Tags)
	for _, l := range []*[]string{&n.Tags, &n.Kinds, &n.Reasons} {
		if len(*l) == 0 {
			*l = nil
		}
	}
	n.ClaimDate, n.CreatedAt, n.UpdatedAt = n.ClaimDate.UTC(), n.CreatedAt.UTC(), n.UpdatedAt.UTC()
	return &n
}

// claims merges the dataset's claims: each one is created, replaced or kept
// against the local version (decide, apply).
func (m *merger) claims(ctx context.Context, ds *claims.Dataset) error {
	for _, c := range ds.Claims {
		if c == nil || c.ID == "" {
			return claims.Errorf(claims.EINVALID, "The dataset holds a claim without ID.")
		}
		if err := c.Validate(); err != nil {
			return claims.Errorf(claims.EINVALID, "Claim %s in the dataset: %s", c.ID, claims.ErrorMessage(err))
		}
		in := normClaim(c)
		local, err := findClaimByID(ctx, m.tx, in.ID)
		var lv *version
		switch {
		case err == nil:
			lv = newVersion(claims.RecordClaim, in.ID, normClaim(local), local.UpdatedAt)
		case claims.ErrorCode(err) != claims.ENOTFOUND:
			return err
		}
		iv := newVersion(claims.RecordClaim, in.ID, in, in.UpdatedAt)
		if in, iv, err = m.mapRating(ctx, in, iv, lv); err != nil {
			return err
		}
		out, err := m.decide(ctx, iv, lv)
		if err != nil {
			return err
		}
		if in.ArticleID != "" {
			out = m.orphan(out, "article/"+in.ArticleID)
		}
		if out == outCreate || out == outReplace {
			if err := m.refs(ctx, in); err != nil {
				return err
			}
		}
		err = m.apply(ctx, out, iv, lv, in.Text, func() error {
			if lv == nil {
				return insertClaim(ctx, m.tx, in)
			}
			if err := saveClaimRow(ctx, m.tx, in); err != nil {
				return err
			}
			return writeTags(ctx, m.tx, in.ID, in.Tags)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// mapRating gives the incoming claim in (version iv) the rating of a
// changed preset's copy (see copyScale), unless in, as sent, is the local
// version lv or a version met here before: a claim the bundle did not change
// keeps its verdict, whatever the bundle says its preset's labels are.
func (m *merger) mapRating(ctx context.Context, in *claims.Claim, iv, lv *version) (*claims.Claim, *version, error) {
	r, ok := m.ratingMap[in.RatingID]
	if !ok {
		return in, iv, nil
	}
	known, err := m.known(ctx, iv)
	if err != nil || known || (lv != nil && lv.hash == iv.hash) {
		return in, iv, err
	}
	mapped := *in
	mapped.RatingID = r
	return &mapped, newVersion(claims.RecordClaim, in.ID, &mapped, in.UpdatedAt), nil
}

// refs checks that the article and rating a claim names exist.
func (m *merger) refs(ctx context.Context, c *claims.Claim) error {
	for _, r := range []struct{ table, id, what string }{{"articles", c.ArticleID, "article"}, {"ratings", c.RatingID, "rating"}} {
		if r.id == "" {
			continue
		}
		ok, err := m.exists(ctx, r.table, r.id)
		if err != nil {
			return err
		}
		if !ok {
			return claims.Errorf(claims.EINVALID, "Claim %s in the dataset refers to %s %s, which is neither in the dataset nor here.", c.ID, r.what, r.id)
		}
	}
	return nil
}

// events adds the dataset's history events, once by ID, marked as imported
// and with their author kept. An event for a record the dataset does not
// carry is refused: a bundle must not write into the history of records
// that are only here, or that do not exist.
func (m *merger) events(ctx context.Context, ds *claims.Dataset) error {
	for _, ev := range ds.Events {
		if ev == nil || ev.ID == "" || ev.ClaimID == "" || ev.Field == "" {
			return claims.Errorf(claims.EINVALID, "The dataset holds a history event without ID, record or field.")
		}
		kind := ev.RecordKind()
		if !m.carried[string(kind)+"/"+ev.ClaimID] {
			return claims.Errorf(claims.EINVALID, "The dataset holds a history event (%s) for %s %s, which the dataset does not carry; history is only accepted with its record.",
				ev.Field, kind, ev.ClaimID)
		}
		res, err := m.tx.ExecContext(ctx, `INSERT INTO events (id, claim_id, kind, at, actor, field, old, new, imported)
			VALUES (?,?,?,?,?,?,?,?,true) ON CONFLICT (id) DO NOTHING`,
			ev.ID, ev.ClaimID, string(kind), fmtTime(ev.At.UTC()), ev.Actor, ev.Field, ev.Old, ev.New)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n > 0 {
			m.wrote = true
			m.res.Events++
		}
	}
	return nil
}
