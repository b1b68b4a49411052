package report

import (
	"context"

	"claimdesk/claims"
)

// verifyDataset checks the records of a bundle before anything is merged:
// version, required fields, unique IDs, article hashes, references between
// records, and that the snapshot files match what the sources name.
func verifyDataset(doc *Document, snaps map[string][]byte) error {
	if doc.Format != DocumentFormat {
		return rejectf("%s has format %q, not %q.", DatasetName, doc.Format, DocumentFormat)
	}
	ds := &doc.Dataset
	if ds.Version != claims.DatasetVersion {
		return rejectf("its records have version %d; this Claimdesk reads version %d.", ds.Version, claims.DatasetVersion)
	}
	check := func(kind, id string, err error) error {
		if err != nil {
			return rejectf("%s %q is invalid: %s", kind, id, claims.ErrorMessage(err))
		}
		return nil
	}
	ids := map[string]bool{}
	unique := func(kind, id string) error {
		if id == "" {
			return rejectf("a record of kind %s has no ID.", kind)
		}
		if ids[kind+"/"+id] {
			return rejectf("%s %q appears twice.", kind, id)
		}
		ids[kind+"/"+id] = true
		return nil
	}
	for _, a := range ds.Articles {
		if a == nil {
			return rejectf("it holds an empty article.")
		}
		if err := unique("article", a.ID); err != nil {
			return err
		}
		if err := check("article", a.ID, a.Validate()); err != nil {
			return err
		}
		if a.BodySHA256 != "" && a.BodySHA256 != claims.BodyHash(a.Body) {
			return rejectf("the text of article %q does not match its checksum.", a.ID)
		}
	}
	for _, c := range ds.Claims {
		if c == nil {
			return rejectf("it holds an empty claim.")
		}
		if err := unique("claim", c.ID); err != nil {
			return err
		}
		if err := check("claim", c.ID, c.Validate()); err != nil {
			return err
		}
		if c.ArticleID != "" && !ids["article/"+c.ArticleID] {
			return rejectf("claim %q belongs to article %q, which is not in the bundle.", c.ID, c.ArticleID)
		}
	}
	named := map[string]bool{}
	for _, s := range ds.Sources {
		if s == nil {
			return rejectf("it holds an empty source.")
		}
		if err := unique("source", s.ID); err != nil {
			return err
		}
		if err := check("source", s.ID, s.Validate()); err != nil {
			return err
		}
		for _, sn := range s.Snapshots {
			data, ok := snaps[sn.SHA256]
			if !ok {
				return rejectf("snapshot %s of source %q is missing.", sn.SHA256, s.ID)
			}
			if int64(len(data)) != sn.Size {
				return rejectf("snapshot %s of source %q has %d bytes, not %d.", sn.SHA256, s.ID, len(data), sn.Size)
			}
			named[sn.SHA256] = true
		}
	}
	for h := range snaps {
		if !named[h] {
			return rejectf("snapshot %s belongs to no source.", h)
		}
	}
	for _, e := range ds.Evidence {
		if e == nil {
			return rejectf("it holds empty evidence.")
		}
		if err := unique("evidence", e.ID); err != nil {
			return err
		}
		if err := check("evidence", e.ID, e.Validate()); err != nil {
			return err
		}
		if !ids["claim/"+e.ClaimID] || !ids["source/"+e.SourceID] {
			return rejectf("evidence %q links a claim or source that is not in the bundle.", e.ID)
		}
	}
	for _, ev := range ds.Events {
		if ev == nil || ev.ClaimID == "" {
			return rejectf("it holds a history event without claim.")
		}
		if err := unique("event", ev.ID); err != nil {
			return err
		}
		if !ids[string(ev.RecordKind())+"/"+ev.ClaimID] {
			return rejectf("it holds a history event for %s %q, which is not in the bundle.", ev.RecordKind(), ev.ClaimID)
		}
	}
	for _, s := range ds.Scales {
		if s == nil {
			return rejectf("it holds an empty rating scale.")
		}
		if err := check("rating scale", s.ID, s.Validate()); err != nil {
			return err
		}
	}
	return nil
}

// collectVersions reads the earlier versions of d's records that the
// database knows (claims.HistoryService.KnownVersions): a bundle carries
// them so that the receiving database can tell an edit made here from a
// conflict (see docs/exchange.md).
func (d *Data) collectVersions(ctx context.Context, h claims.HistoryService) error {
	if h == nil {
		return nil
	}
	var ids []string
	for _, a := range d.Articles {
		ids = append(ids, a.ID)
	}
	for _, c := range d.Claims {
		ids = append(ids, c.ID)
	}
	for _, s := range d.Sources {
		ids = append(ids, s.ID)
	}
	for _, e := range d.Evidence {
		ids = append(ids, e.ID)
	}
	vs, err := h.KnownVersions(ctx, ids)
	if err != nil {
		return err
	}
	d.Versions = vs
	return nil
}
