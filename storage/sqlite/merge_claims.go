package sqlite

import (
	"context"

	"claimdesk/claims"

	"github.com/google/uuid"
)

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

func (m *merger) claims(ctx context.Context, ds *claims.Dataset) error {
	for _, c := range ds.Claims {
		if c == nil || c.ID == "" {
			return claims.Errorf(claims.EINVALID, "The dataset holds a claim without ID.")
		}
		if err := c.Validate(); err != nil {
			return claims.Errorf(claims.EINVALID, "Claim %s in the dataset: %s", c.ID, claims.ErrorMessage(err))
		}
		in := normClaim(c)
		if err := m.refs(ctx, in); err != nil {
			return err
		}
		local, err := findClaimByID(ctx, m.tx, in.ID)
		switch {
		case claims.ErrorCode(err) == claims.ENOTFOUND:
			if err := insertClaim(ctx, m.tx, in); err != nil {
				return err
			}
			m.res.Created++
		case err != nil:
			return err
		case canon(normClaim(local)) == canon(in):
			m.res.Unchanged++
		case in.UpdatedAt.After(local.UpdatedAt):
			if err := saveClaimRow(ctx, m.tx, in); err != nil {
				return err
			}
			if err := writeTags(ctx, m.tx, in.ID, in.Tags); err != nil {
				return err
			}
			if _, err := m.mergedEvent(ctx, local, "the newer version from the imported dataset"); err != nil {
				return err
			}
			m.res.Updated++
		default:
			added, err := m.mergedEvent(ctx, in, "the newer local version")
			if err != nil {
				return err
			}
			if added {
				m.res.Kept++
			} else {
				m.res.Unchanged++ // this version was already merged and recorded
			}
		}
	}
	return nil
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

// mergedEvent records lost, the version of a claim that did not win, in the
// claim's history. It reports false when the same version was recorded before.
func (m *merger) mergedEvent(ctx context.Context, lost *claims.Claim, kept string) (bool, error) {
	old := canon(lost)
	id := uuid.NewSHA1(mergeNS, []byte(lost.ID+"\x00"+old)).String()
	res, err := m.tx.ExecContext(ctx, `INSERT INTO events (id, claim_id, at, actor, field, old, new)
		VALUES (?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING`,
		id, lost.ID, fmtTime(now()), m.actor, claims.FieldMerged, old, "kept "+kept)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n > 0, err
}

func normEvidence(e *claims.Evidence) *claims.Evidence {
	c := *e
	c.CreatedAt, c.UpdatedAt = c.CreatedAt.UTC(), c.UpdatedAt.UTC()
	return &c
}

func (m *merger) evidence(ctx context.Context, ds *claims.Dataset) error {
	for _, e := range ds.Evidence {
		if e == nil || e.ID == "" {
			return claims.Errorf(claims.EINVALID, "The dataset holds evidence without ID.")
		}
		if err := e.Validate(); err != nil {
			return err
		}
		in := normEvidence(e)
		for _, r := range []struct{ table, id, what string }{{"claims", in.ClaimID, "claim"}, {"sources", in.SourceID, "source"}} {
			ok, err := m.exists(ctx, r.table, r.id)
			if err != nil {
				return err
			}
			if !ok {
				return claims.Errorf(claims.EINVALID, "Evidence %s in the dataset refers to %s %s, which is neither in the dataset nor here.", in.ID, r.what, r.id)
			}
		}
		local, err := findEvidenceByID(ctx, m.tx, in.ID)
		switch {
		case claims.ErrorCode(err) == claims.ENOTFOUND:
			if err := insertEvidence(ctx, m.tx, in); err != nil {
				return err
			}
			m.res.Created++
		case err != nil:
			return err
		case canon(normEvidence(local)) == canon(in):
			m.res.Unchanged++
		case in.UpdatedAt.After(local.UpdatedAt):
			if err := saveEvidenceRow(ctx, m.tx, in); err != nil {
				return err
			}
			m.res.Updated++
		default:
			m.res.Kept++
		}
	}
	return nil
}

func (m *merger) events(ctx context.Context, ds *claims.Dataset) error {
	for _, ev := range ds.Events {
		if ev == nil || ev.ID == "" || ev.ClaimID == "" || ev.Field == "" {
			return claims.Errorf(claims.EINVALID, "The dataset holds a history event without ID, claim or field.")
		}
		if _, err := m.tx.ExecContext(ctx, `INSERT INTO events (id, claim_id, at, actor, field, old, new)
			VALUES (?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING`,
			ev.ID, ev.ClaimID, fmtTime(ev.At), ev.Actor, ev.Field, ev.Old, ev.New); err != nil {
			return err
		}
	}
	return nil
}
