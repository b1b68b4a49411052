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
	dc := &datasetCheck{ids: map[string]bool{}}
	for _, step := range []func() error{
		func() error { return dc.articles(ds.Articles) },
		func() error { return dc.claims(ds.Claims) },
		func() error { return dc.sources(ds.Sources, snaps) },
		func() error { return dc.evidence(ds.Evidence) },
		func() error { return dc.events(ds.Events) },
		func() error { return checkScales(ds.Scales) },
	} {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

// datasetCheck holds the IDs seen so far ("kind/ID") while the records of
// a dataset are checked kind by kind, each kind after those it refers to.
type datasetCheck struct {
	ids map[string]bool
}

// record checks one record: it has an ID, met for the first time in its
// kind, and valid is nil (the error of its Validate).
func (dc *datasetCheck) record(kind, id string, valid error) error {
	if err := dc.unique(kind, id); err != nil {
		return err
	}
	return invalid(kind, id, valid)
}

// unique checks that a record has an ID not met before in its kind.
func (dc *datasetCheck) unique(kind, id string) error {
	if id == "" {
		return rejectf("a record of kind %s has no ID.", kind)
	}
	if dc.ids[kind+"/"+id] {
		return rejectf("%s %q appears twice.", kind, id)
	}
	dc.ids[kind+"/"+id] = true
	return nil
}

// invalid is the rejection of a record whose Validate returned err, nil
// for none.
func invalid(kind, id string, err error) error {
	if err != nil {
		return rejectf("%s %q is invalid: %s", kind, id, claims.ErrorMessage(err))
	}
	return nil
}

// articles checks the articles, and that each text matches its checksum.
func (dc *datasetCheck) articles(as []*claims.Article) error {
	for _, a := range as {
		if a == nil {
			return rejectf("it holds an empty article.")
		}
		if err := dc.record("article", a.ID, a.Validate()); err != nil {
			return err
		}
		if a.BodySHA256 != "" && a.BodySHA256 != claims.BodyHash(a.Body) {
			return rejectf("the text of article %q does not match its checksum.", a.ID)
		}
	}
	return nil
}

// claims checks the claims, and that each article they name is carried.
func (dc *datasetCheck) claims(cs []*claims.Claim) error {
	for _, c := range cs {
		if c == nil {
			return rejectf("it holds an empty claim.")
		}
		if err := dc.record("claim", c.ID, c.Validate()); err != nil {
			return err
		}
		if c.ArticleID != "" && !dc.ids["article/"+c.ArticleID] {
			return rejectf("claim %q belongs to article %q, which is not in the bundle.", c.ID, c.ArticleID)
		}
	}
	return nil
}

// sources checks the sources and that the snapshot files snaps (by
// SHA-256) are exactly those the sources name, each of the size named.
func (dc *datasetCheck) sources(ss []*claims.Source, snaps map[string][]byte) error {
	named := map[string]bool{}
	for _, s := range ss {
		if s == nil {
			return rejectf("it holds an empty source.")
		}
		if err := dc.record("source", s.ID, s.Validate()); err != nil {
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
	return nil
}

// evidence checks the evidence links, and that the claim and the source
// each links are carried.
func (dc *datasetCheck) evidence(es []*claims.Evidence) error {
	for _, e := range es {
		if e == nil {
			return rejectf("it holds empty evidence.")
		}
		if err := dc.record("evidence", e.ID, e.Validate()); err != nil {
			return err
		}
		if !dc.ids["claim/"+e.ClaimID] || !dc.ids["source/"+e.SourceID] {
			return rejectf("evidence %q links a claim or source that is not in the bundle.", e.ID)
		}
	}
	return nil
}

// events checks the history events: each has an ID met once and belongs
// to a record that is carried.
func (dc *datasetCheck) events(evs []*claims.Event) error {
	for _, ev := range evs {
		if ev == nil || ev.ClaimID == "" {
			return rejectf("it holds a history event without claim.")
		}
		if err := dc.unique("event", ev.ID); err != nil {
			return err
		}
		if !dc.ids[string(ev.RecordKind())+"/"+ev.ClaimID] {
			return rejectf("it holds a history event for %s %q, which is not in the bundle.", ev.RecordKind(), ev.ClaimID)
		}
	}
	return nil
}

// checkScales checks the rating scales; their IDs are not checked here.
func checkScales(ss []*claims.RatingScale) error {
	for _, s := range ss {
		if s == nil {
			return rejectf("it holds an empty rating scale.")
		}
		if err := invalid("rating scale", s.ID, s.Validate()); err != nil {
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
