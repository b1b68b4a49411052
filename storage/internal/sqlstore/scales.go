package sqlstore

import (
	"context"
	"fmt"

	"claimdesk/claims"
)

// metaActiveScale is the meta key holding the active scale's ID.
const metaActiveScale = "active_scale"

// SeedScales stores the preset scales and makes PolitiFact-style active.
// It runs inside the first migration, in q (it needs no Dialect).
func SeedScales(ctx context.Context, q Querier) error {
	tx := &Tx{Querier: q}
	for i, sc := range claims.PresetScales() {
		if err := saveScale(ctx, tx, sc, i); err != nil {
			return err
		}
	}
	_, err := tx.ExecContext(ctx, "INSERT INTO meta (key, value) VALUES (?, ?)", metaActiveScale, claims.ScalePolitiFact)
	return err
}

// saveScale inserts or replaces scale sc (position orders the scale list
// for new scales) and its ratings, deleting ratings no longer listed.
func saveScale(ctx context.Context, tx *Tx, sc *claims.RatingScale, position int) error {
	if _, err := tx.ExecContext(ctx, `INSERT INTO scales (id, name, free_text, preset) VALUES (?,?,?,?)
		ON CONFLICT (id) DO UPDATE SET name = excluded.name, free_text = excluded.free_text`,
		sc.ID, sc.Name, sc.FreeText, sc.Preset); err != nil {
		return err
	}
	keep := map[string]bool{}
	for i, r := range sc.Ratings {
		keep[r.ID] = true
		var owner string
		err := tx.QueryRowContext(ctx, "SELECT scale_id FROM ratings WHERE id = ?", r.ID).Scan(&owner)
		if err == nil && owner != sc.ID {
			return claims.Errorf(claims.ECONFLICT, "Rating ID %q is already used by scale %q.", r.ID, owner)
		}
		if err != nil && !errNoRows(err) {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO ratings (id, scale_id, label_en, label_de, color, ordinal, final, position)
			VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET label_en = excluded.label_en,
			label_de = excluded.label_de, color = excluded.color, ordinal = excluded.ordinal,
			final = excluded.final, position = excluded.position`,
			r.ID, sc.ID, r.LabelEN, r.LabelDE, r.Color, r.Ordinal, r.Final, i); err != nil {
			return err
		}
	}
	old, err := scaleRatings(ctx, tx, sc.ID)
	if err != nil {
		return err
	}
	for _, r := range old {
		if keep[r.ID] {
			continue
		}
		var used int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM claims WHERE rating_id = ?", r.ID).Scan(&used); err != nil {
			return err
		}
		if used > 0 {
			return claims.Errorf(claims.ECONFLICT, "Rating %q cannot be removed from scale %q: %d claim(s) still use it.",
				r.Label("en"), sc.Name, used)
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM ratings WHERE id = ?", r.ID); err != nil {
			return err
		}
	}
	return nil
}

// scaleRatings returns the ratings of the scale scaleID, in order.
func scaleRatings(ctx context.Context, tx *Tx, scaleID string) ([]claims.Rating, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, scale_id, label_en, label_de, color, ordinal, final
		FROM ratings WHERE scale_id = ? ORDER BY position, seq`, scaleID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []claims.Rating
	for rows.Next() {
		var r claims.Rating
		if err := rows.Scan(&r.ID, &r.ScaleID, &r.LabelEN, &r.LabelDE, &r.Color, &r.Ordinal, &r.Final); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// findScales returns the scale id, or every scale when id is nil, presets
// first, with their ratings.
func findScales(ctx context.Context, tx *Tx, id *string) ([]*claims.RatingScale, error) {
	q := "SELECT id, name, free_text, preset FROM scales"
	var args []any
	if id != nil {
		q, args = q+" WHERE id = ?", append(args, *id)
	}
	rows, err := tx.QueryContext(ctx, q+" ORDER BY preset DESC, seq", args...)
	if err != nil {
		return nil, err
	}
	var out []*claims.RatingScale
	for rows.Next() {
		var sc claims.RatingScale
		if err := rows.Scan(&sc.ID, &sc.Name, &sc.FreeText, &sc.Preset); err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, &sc)
	}
	if err := CloseRows(rows); err != nil {
		return nil, err
	}
	for _, sc := range out {
		if sc.Ratings, err = scaleRatings(ctx, tx, sc.ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// findScaleByID returns the scale id with its ratings; ENOTFOUND when there
// is none.
func findScaleByID(ctx context.Context, tx *Tx, id string) (*claims.RatingScale, error) {
	scs, err := findScales(ctx, tx, &id)
	return only(scs, err, "Rating scale %s was not found.", id)
}

// FindScales returns every scale, presets first.
func (s *Store) FindScales(ctx context.Context) ([]*claims.RatingScale, error) {
	return readValue(ctx, s, "list rating scales", func(tx *Tx) ([]*claims.RatingScale, error) {
		return findScales(ctx, tx, nil)
	})
}

// FindScaleByID returns one scale.
func (s *Store) FindScaleByID(ctx context.Context, id string) (*claims.RatingScale, error) {
	return readValue(ctx, s, "load the rating scale", func(tx *Tx) (*claims.RatingScale, error) {
		return findScaleByID(ctx, tx, id)
	})
}

// FindRatingByID returns one rating of any scale.
func (s *Store) FindRatingByID(ctx context.Context, id string) (*claims.Rating, error) {
	var r claims.Rating
	err := s.read(ctx, "load the rating", func(tx *Tx) error {
		err := tx.QueryRowContext(ctx, `SELECT id, scale_id, label_en, label_de, color, ordinal, final
			FROM ratings WHERE id = ?`, id).Scan(&r.ID, &r.ScaleID, &r.LabelEN, &r.LabelDE, &r.Color, &r.Ordinal, &r.Final)
		if errNoRows(err) {
			return claims.Errorf(claims.ENOTFOUND, "Rating %s was not found.", id)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return &r, nil
}

// SaveScale creates a scale or replaces the one with the same ID, and
// records what changed in the scale's history (see scaleChanges).
func (s *Store) SaveScale(ctx context.Context, sc *claims.RatingScale) error {
	if sc == nil {
		return claims.Errorf(claims.EINVALID, "No rating scale was given.")
	}
	if err := sc.Validate(); err != nil {
		return err
	}
	return s.write(ctx, "save the rating scale", func(tx *Tx) error {
		c := *sc
		c.Ratings = make([]claims.Rating, len(sc.Ratings))
		for i, r := range sc.Ratings {
			r.ScaleID = sc.ID
			c.Ratings[i] = r
		}
		var preset bool
		err := tx.QueryRowContext(ctx, "SELECT preset FROM scales WHERE id = ?", sc.ID).Scan(&preset)
		if err != nil && !errNoRows(err) {
			return err
		}
		c.Preset = preset // presets stay presets when edited; new scales never are
		was, err := findScaleByID(ctx, tx, sc.ID)
		if claims.ErrorCode(err) == claims.ENOTFOUND {
			was, err = nil, nil
		}
		if err != nil {
			return err
		}
		if err := saveScale(ctx, tx, &c, 0); err != nil {
			return err
		}
		if err := recordScaleChanges(ctx, tx, was, &c, s.actor(ctx)); err != nil {
			return err
		}
		sc.Preset = c.Preset
		for i := range sc.Ratings {
			sc.Ratings[i].ScaleID = sc.ID
		}
		return nil
	})
}

// DeleteScale removes a scale that is neither active nor used by claims.
func (s *Store) DeleteScale(ctx context.Context, id string) error {
	return s.write(ctx, "delete the rating scale", func(tx *Tx) error {
		sc, err := findScaleByID(ctx, tx, id)
		if err != nil {
			return err
		}
		active, err := activeScaleID(ctx, tx)
		if err != nil {
			return err
		}
		if active == id {
			return claims.Errorf(claims.ECONFLICT, "Scale %q is the active scale; choose another one first.", sc.Name)
		}
		var used int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM claims WHERE rating_id IN
			(SELECT id FROM ratings WHERE scale_id = ?)`, id).Scan(&used); err != nil {
			return err
		}
		if used > 0 {
			return claims.Errorf(claims.ECONFLICT, "Scale %q cannot be deleted: %d claim(s) use its ratings.", sc.Name, used)
		}
		_, err = tx.ExecContext(ctx, "DELETE FROM scales WHERE id = ?", id)
		return err
	})
}

// activeScaleID returns the ID of the active scale, the PolitiFact scale
// when none is set.
func activeScaleID(ctx context.Context, tx *Tx) (string, error) {
	var id string
	err := tx.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = ?", metaActiveScale).Scan(&id)
	if errNoRows(err) {
		return claims.ScalePolitiFact, nil
	}
	return id, err
}

// ActiveScale returns the scale verdicts are chosen from.
func (s *Store) ActiveScale(ctx context.Context) (*claims.RatingScale, error) {
	var sc *claims.RatingScale
	err := s.read(ctx, "load the active rating scale", func(tx *Tx) error {
		id, err := activeScaleID(ctx, tx)
		if err != nil {
			return err
		}
		sc, err = findScaleByID(ctx, tx, id)
		if claims.ErrorCode(err) == claims.ENOTFOUND {
			return claims.Internal(err, fmt.Sprintf("The active rating scale %q is missing.", id))
		}
		return err
	})
	return sc, err
}

// SetActiveScale makes scale id the active one.
func (s *Store) SetActiveScale(ctx context.Context, id string) error {
	return s.write(ctx, "choose the active rating scale", func(tx *Tx) error {
		if _, err := findScaleByID(ctx, tx, id); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES (?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, metaActiveScale, id)
		return err
	})
}
