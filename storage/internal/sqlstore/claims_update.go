package sqlstore

import (
	"context"
	"slices"

	"claimdesk/claims"
)

// UpdateClaim changes a claim and appends one history event per changed field.
func (s *Store) UpdateClaim(ctx context.Context, id string, upd claims.ClaimUpdate) (*claims.Claim, error) {
	var c *claims.Claim
	err := s.write(ctx, "save the claim", func(tx *Tx) (err error) {
		c, err = updateClaim(ctx, tx, id, upd, s.actor(ctx))
		return err
	})
	return c, err
}

// change is one changed field of a claim, as recorded in history.
type change struct{ field, old, new string }

func updateClaim(ctx context.Context, tx *Tx, id string, upd claims.ClaimUpdate, actor string) (*claims.Claim, error) {
	c, err := findClaimByID(ctx, tx, id)
	if err != nil {
		return nil, err
	}
	if upd.BasedOn != "" && claims.ClaimVersion(c) != upd.BasedOn {
		return nil, claims.NewEditConflict(c, upd)
	}
	if upd.RatingID != nil && upd.Conclusion != nil && *upd.RatingID != "" && *upd.Conclusion != "" {
		return nil, claims.Errorf(claims.EINVALID, "A verdict is either a rating or a free-text conclusion, not both.")
	}
	var changes []change
	set := func(field string, dst *string, v string) {
		if *dst != v {
			changes = append(changes, change{field, *dst, v})
			*dst = v
		}
	}
	if upd.Text != nil {
		set(claims.FieldText, &c.Text, *upd.Text)
	}
	if upd.Claimant != nil {
		set(claims.FieldClaimant, &c.Claimant, *upd.Claimant)
	}
	if upd.Rationale != nil {
		set(claims.FieldRationale, &c.Rationale, *upd.Rationale)
	}
	if upd.Status != nil {
		if !upd.Status.Valid() {
			return nil, claims.Errorf(claims.EINVALID, "Unknown status %q; use new, researching, in_review, published or discarded.", *upd.Status)
		}
		st := string(c.Status)
		set(claims.FieldStatus, &st, string(*upd.Status))
		c.Status = claims.Status(st)
	}
	if upd.RatingID != nil {
		if *upd.RatingID != "" {
			if err := mustExist(ctx, tx, map[string]bool{}, "ratings", *upd.RatingID, "Rating %s was not found."); err != nil {
				return nil, err
			}
			set(claims.FieldConclusion, &c.Conclusion, "")
		}
		set(claims.FieldRating, &c.RatingID, *upd.RatingID)
	}
	if upd.Conclusion != nil {
		if *upd.Conclusion != "" {
			set(claims.FieldRating, &c.RatingID, "")
		}
		set(claims.FieldConclusion, &c.Conclusion, *upd.Conclusion)
	}
	if upd.ClaimDate != nil {
		old, nw := dateString(c.ClaimDate), dateString(*upd.ClaimDate)
		if !c.ClaimDate.Equal(*upd.ClaimDate) {
			changes = append(changes, change{claims.FieldClaimDate, old, nw})
			c.ClaimDate = upd.ClaimDate.UTC()
		}
	}
	tagsChanged := false
	if upd.Tags != nil {
		tags := claims.NormalizeTags(*upd.Tags)
		if !slices.Equal(tags, c.Tags) {
			changes = append(changes, change{claims.FieldTags, tagsString(c.Tags), tagsString(tags)})
			c.Tags, tagsChanged = tags, true
			if len(c.Tags) == 0 {
				c.Tags = nil
			}
		}
	}
	if upd.Anchor != nil {
		if c.ArticleID == "" {
			return nil, claims.Errorf(claims.EINVALID, "A claim can only be anchored in an article.")
		}
		var body string
		if err := tx.QueryRowContext(ctx, "SELECT body FROM articles WHERE id = ?", c.ArticleID).Scan(&body); err != nil {
			return nil, err
		}
		start, end, ok := claims.ResolveAnchor(body, upd.Anchor)
		if !ok {
			return nil, claims.Errorf(claims.EINVALID, "The quoted passage %q does not occur in the article.", upd.Anchor.Exact)
		}
		a := *upd.Anchor
		a.Start, a.End = start, end
		if old := anchorString(c.Anchor); old != anchorString(&a) || c.Detached {
			changes = append(changes, change{claims.FieldAnchor, old, anchorString(&a)})
			c.Anchor, c.Detached = &a, false
		}
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	if len(changes) == 0 {
		return c, nil
	}
	c.UpdatedAt, c.UpdatedBy = now(), actor
	if err := saveClaimRow(ctx, tx, c); err != nil {
		return nil, err
	}
	if tagsChanged {
		if err := writeTags(ctx, tx, c.ID, c.Tags); err != nil {
			return nil, err
		}
	}
	for _, ch := range changes {
		if err := appendEvent(ctx, tx, &claims.Event{ClaimID: c.ID, At: c.UpdatedAt, Actor: actor,
			Field: ch.field, Old: ch.old, New: ch.new}); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// saveClaimRow writes every column of an existing claim except its tags.
func saveClaimRow(ctx context.Context, tx *Tx, c *claims.Claim) error {
	start, end, exact, prefix, suffix := anchorArgs(c.Anchor)
	_, err := tx.ExecContext(ctx, `UPDATE claims SET article_id = ?, text = ?, anchor_start = ?, anchor_end = ?,
		anchor_exact = ?, anchor_prefix = ?, anchor_suffix = ?, detached = ?, claimant = ?, claim_date = ?,
		status = ?, rating_id = ?, conclusion = ?, rationale = ?, score = ?, kinds = ?, reasons = ?,
		created_at = ?, created_by = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
		emptyNull(c.ArticleID), c.Text, start, end, exact, prefix, suffix, c.Detached, c.Claimant,
		fmtTime(c.ClaimDate), string(c.Status), emptyNull(c.RatingID), c.Conclusion, c.Rationale, c.Score,
		jsonList(tx, c.Kinds), jsonList(tx, c.Reasons), tx.ClaimTime(c.CreatedAt), c.CreatedBy, tx.ClaimTime(c.UpdatedAt),
		c.UpdatedBy, c.ID)
	return err
}

// reanchorClaims finds every anchored claim of article a in its new body.
// A claim whose quote is gone is marked detached and keeps its old anchor;
// a claim whose quote moved gets the new position. Both are recorded.
func reanchorClaims(ctx context.Context, tx *Tx, a *claims.Article, actor string) error {
	cs, _, err := tx.FindClaimsIn(ctx, tx, claims.ClaimFilter{ArticleID: &a.ID})
	if err != nil {
		return err
	}
	t := now()
	for _, c := range cs {
		if c.Anchor == nil {
			continue
		}
		old := anchorString(c.Anchor)
		start, end, ok := claims.ResolveAnchor(a.Body, c.Anchor)
		var ev *claims.Event
		switch {
		case !ok && !c.Detached:
			c.Detached = true
			ev = &claims.Event{Field: claims.FieldAnchor, Old: old, New: "detached: the quote no longer occurs in the article"}
		case ok && (c.Detached || start != c.Anchor.Start || end != c.Anchor.End):
			na := *c.Anchor
			na.Start, na.End = start, end
			if fresh, err := claims.MakeAnchor(a.Body, start, end); err == nil {
				na = *fresh // the quote with its new surroundings
			}
			c.Anchor, c.Detached = &na, false
			ev = &claims.Event{Field: claims.FieldAnchor, Old: old, New: anchorString(&na)}
		default:
			continue
		}
		c.UpdatedAt, c.UpdatedBy = t, actor
		if err := saveClaimRow(ctx, tx, c); err != nil {
			return err
		}
		ev.ClaimID, ev.At, ev.Actor = c.ID, t, actor
		if err := appendEvent(ctx, tx, ev); err != nil {
			return err
		}
	}
	return nil
}
