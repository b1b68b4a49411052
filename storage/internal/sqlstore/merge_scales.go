package sqlstore

import (
	"context"
	"strings"
	"time"

	"claimdesk/claims"
)

// normScale returns sc as a merge compares it: ratings pointing at the
// scale, and no preset flag (whether a scale is a preset is decided here).
func normScale(sc *claims.RatingScale) *claims.RatingScale {
	c := *sc
	c.Preset = false
	c.Ratings = append([]claims.Rating(nil), sc.Ratings...)
	for i := range c.Ratings {
		c.Ratings[i].ScaleID = c.ID
	}
	return &c
}

// scales merges the dataset's rating scales. A scale not here is created
// (never as a preset). A preset here is never changed: a different version
// arrives as a new custom scale (see copyScale), as does a custom scale
// changed on both sides; otherwise a custom scale follows the rules of
// every record.
func (m *merger) scales(ctx context.Context, ds *claims.Dataset) error {
	for _, sc := range ds.Scales {
		if sc == nil {
			return claims.Errorf(claims.EINVALID, "The dataset holds an empty rating scale.")
		}
		if err := sc.Validate(); err != nil {
			return err
		}
		in := normScale(sc)
		iv := newVersion(claims.RecordScale, in.ID, in, time.Time{})
		local, err := findScaleByID(ctx, m.tx, in.ID)
		var lv *version
		switch {
		case err == nil:
			lv = newVersion(claims.RecordScale, in.ID, normScale(local), iv.at)
		case claims.ErrorCode(err) != claims.ENOTFOUND:
			return err
		}
		if lv != nil && local.Preset {
			if iv.hash == lv.hash {
				m.res.Unchanged++
				continue
			}
			if err := m.copyScale(ctx, in, iv.hash); err != nil {
				return err
			}
			continue
		}
		out, err := m.decide(ctx, iv, lv)
		if err != nil {
			return err
		}
		if out == outConflict && lv != nil {
			if err := m.copyScale(ctx, in, iv.hash); err != nil {
				return err
			}
			continue
		}
		err = m.apply(ctx, out, iv, lv, in.Name, func() error { return saveScale(ctx, m.tx, in, 0) })
		if err != nil {
			return err
		}
	}
	return nil
}

// copyScale stores in, a version of a scale that must not replace the one
// here, as a new custom scale whose ID and rating IDs derive from the
// version's hash (so a repeated merge finds the copy), and maps the
// dataset's ratings of in to the copy's.
func (m *merger) copyScale(ctx context.Context, in *claims.RatingScale, hash string) error {
	cp := *in
	cp.ID = in.ID + "-" + hash[:8]
	cp.Name = in.Name + " (" + hash[:8] + ")"
	cp.Ratings = make([]claims.Rating, len(in.Ratings))
	for i, r := range in.Ratings {
		_, suffix, ok := strings.Cut(r.ID, ":")
		if !ok {
			suffix = r.ID
		}
		r.ID, r.ScaleID = cp.ID+":"+suffix, cp.ID
		cp.Ratings[i] = r
		m.ratingMap[in.Ratings[i].ID] = r.ID
	}
	ok, err := m.exists(ctx, "scales", cp.ID)
	if err != nil {
		return err
	}
	if ok {
		m.res.Unchanged++
		return nil
	}
	if m.res.ScaleCopies == nil {
		m.res.ScaleCopies = map[string]string{}
	}
	m.res.ScaleCopies[in.ID] = cp.ID
	m.res.Created++
	m.wrote = true
	return saveScale(ctx, m.tx, &cp, 0)
}
