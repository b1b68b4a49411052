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

// change is one changed field of a record, as recorded in history.
type change struct{ field, old, new string }

// updateClaim is UpdateClaim inside tx, recording the changes under actor.
func updateClaim(ctx context.Context, tx *Tx, id string, upd claims.ClaimUpdate, actor string) (*claims.Claim, error) {
	c, err := findClaimByID(ctx, tx, id)
	if err != nil {
		return nil, err
	}
	if upd.BasedOn != "" && claims.ClaimVersion(c) != upd.BasedOn {
		return nil, claims.NewEditConflict(c, upd)
	}
	upd = claims.StatusOnVerdict(c, upd) // a verdict moves a new claim on
	if upd.RatingID != nil && upd.Conclusion != nil && *upd.RatingID != "" && *upd.Conclusion != "" {
		return nil, claims.Errorf(claims.EINVALID, "A verdict is either a rating or a free-text conclusion, not both.")
	}
	var cs changeSet
	cs.text(claims.FieldText, &c.Text, upd.Text)
	cs.text(claims.FieldClaimant, &c.Claimant, upd.Claimant)
	cs.text(claims.FieldRationale, &c.Rationale, upd.Rationale)
	if err := cs.verdict(ctx, tx, c, upd); err != nil {
		return nil, err
	}
	cs.time(claims.FieldClaimDate, &c.ClaimDate, upd.ClaimDate)
	tagsChanged := cs.tags(c, upd.Tags)
	if upd.Anchor != nil {
		if err := cs.anchor(ctx, tx, c, upd.Anchor); err != nil {
			return nil, err
		}
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	if len(cs) == 0 {
		return c, nil
	}
	if err := saveClaimUpdate(ctx, tx, c, cs, tagsChanged, actor); err != nil {
		return nil, err
	}
	return c, nil
}

// verdict sets the status, rating and conclusion upd gives to c, noting
// each change: a rating clears the conclusion, a conclusion the rating.
// An unknown status or rating is refused.
func (cs *changeSet) verdict(ctx context.Context, tx *Tx, c *claims.Claim, upd claims.ClaimUpdate) error {
	if upd.Status != nil {
		if !upd.Status.Valid() {
			return claims.Errorf(claims.EINVALID, "Unknown status %q; use new, researching, in_review, published or discarded.", *upd.Status)
		}
		st := string(c.Status)
		cs.set(claims.FieldStatus, &st, string(*upd.Status))
		c.Status = claims.Status(st)
	}
	if upd.RatingID != nil {
		if *upd.RatingID != "" {
			if err := mustExist(ctx, tx, map[string]bool{}, "ratings", *upd.RatingID, "Rating %s was not found."); err != nil {
				return err
			}
			cs.set(claims.FieldConclusion, &c.Conclusion, "")
		}
		cs.set(claims.FieldRating, &c.RatingID, *upd.RatingID)
	}
	if upd.Conclusion != nil {
		if *upd.Conclusion != "" {
			cs.set(claims.FieldRating, &c.RatingID, "")
		}
		cs.set(claims.FieldConclusion, &c.Conclusion, *upd.Conclusion)
	}
	return nil
}

// tags sets c's tags to tags, normalised, when given and different,
// noting the change; it reports whether they changed.
func (cs *changeSet) tags(c *claims.Claim, tags *[]string) bool {
	if tags == nil {
		return false
	}
	norm := claims.NormalizeTags(*tags)
	if slices.Equal(norm, c.Tags) {
		return false
	}
	*cs = append(*cs, change{claims.FieldTags, tagsString(c.Tags), tagsString(norm)})
	c.Tags = norm
	if len(c.Tags) == 0 {
		c.Tags = nil
	}
	return true
}

// anchor anchors c by hand to the passage a quotes in its article (a
// claim without article cannot be), noting the change when its place
// moves or it was detached.
func (cs *changeSet) anchor(ctx context.Context, tx *Tx, c *claims.Claim, a *claims.Anchor) error {
	if c.ArticleID == "" {
		return claims.Errorf(claims.EINVALID, "A claim can only be anchored in an article.")
	}
	var body string
	if err := tx.QueryRowContext(ctx, "SELECT body FROM articles WHERE id = ?", c.ArticleID).Scan(&body); err != nil {
		return err
	}
	start, end, ok := claims.ResolveAnchor(body, a)
	if !ok {
		return claims.Errorf(claims.EINVALID, "The quoted passage %q does not occur in the article.", a.Exact)
	}
	placed := *a
	placed.Start, placed.End = start, end
	if old := anchorString(c.Anchor); old != anchorString(&placed) || c.Detached {
		*cs = append(*cs, change{claims.FieldAnchor, old, anchorString(&placed)})
		c.Anchor, c.Detached = &placed, false
	}
	return nil
}

// saveClaimUpdate stores a changed claim as changed now by actor, its
// tags when they changed, and one history event per change.
func saveClaimUpdate(ctx context.Context, tx *Tx, c *claims.Claim, cs changeSet, tagsChanged bool, actor string) error {
	c.UpdatedAt, c.UpdatedBy = now(), actor
	if err := saveClaimRow(ctx, tx, c); err != nil {
		return err
	}
	if tagsChanged {
		if err := writeTags(ctx, tx, c.ID, c.Tags); err != nil {
			return err
		}
	}
	for _, ch := range cs {
		if err := appendEvent(ctx, tx, &claims.Event{ClaimID: c.ID, At: c.UpdatedAt, Actor: actor,
			Field: ch.field, Old: ch.old, New: ch.new}); err != nil {
			return err
		}
	}
	return nil
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
