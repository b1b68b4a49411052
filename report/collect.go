package report

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"

	"claimdesk/claims"
)

// Scope selects what a report covers. The zero Scope is everything; the
// fields narrow it down and combine (an article's published claims).
type Scope struct {
	ArticleID string        `json:"article_id,omitempty"`
	Status    claims.Status `json:"status,omitempty"`
	// Verdict is a rating ID ("politifact:false") or a rating label in
	// English or German ("False", "Falsch"), matched in the active scale
	// first; "none" selects claims without a rating.
	Verdict string `json:"verdict,omitempty"`
	Tag     string `json:"tag,omitempty"`
}

// IsAll reports whether the scope selects everything.
func (s Scope) IsAll() bool { return s == Scope{} }

// Data is everything one report or bundle holds, in report order: articles
// in the order they were imported, each article's claims by position in its
// text, then the claims without an article. Sources, evidence, events and
// scales are those the claims use.
type Data struct {
	GeneratedAt time.Time
	Scope       Scope
	Articles    []*claims.Article
	Claims      []*claims.Claim
	Sources     []*claims.Source
	Evidence    []*claims.Evidence
	Events      []*claims.Event // oldest first within each claim
	Scales      []*claims.RatingScale
	Versions    []*claims.VersionRef // earlier versions of the records, for bundles (see collectVersions)
	// Earlier holds per claim ID the earlier checks it was linked to; set
	// by CollectEarlier, shown with Options.EarlierChecks.
	Earlier map[string][]EarlierCheck
}

// Dataset returns the records of d as a claims.Dataset for exchange.
func (d *Data) Dataset() *claims.Dataset {
	return &claims.Dataset{
		Version:  claims.DatasetVersion,
		Articles: d.Articles,
		Claims:   d.Claims,
		Sources:  d.Sources,
		Evidence: d.Evidence,
		Events:   d.Events,
		Scales:   d.Scales,
		Versions: d.Versions,
	}
}

// FromDataset makes report Data of every record in ds, put in report order;
// it does not filter. Use it to render a dataset read from a bundle or a
// JSON export. ds is not modified, but its records are shared.
func FromDataset(ds *claims.Dataset, scope Scope, generatedAt time.Time) *Data {
	d := &Data{
		GeneratedAt: generatedAt,
		Scope:       scope,
		Articles:    slices.Clone(ds.Articles),
		Claims:      slices.Clone(ds.Claims),
		Sources:     slices.Clone(ds.Sources),
		Evidence:    slices.Clone(ds.Evidence),
		Events:      slices.Clone(ds.Events),
		Scales:      slices.Clone(ds.Scales),
		Versions:    slices.Clone(ds.Versions),
	}
	d.sort()
	return d
}

// bulkThreshold is the number of records above which Collect reads a whole
// table once instead of querying record by record.
const bulkThreshold = 100

// Collect reads the records scope covers from svc, with every claim's
// history and the known earlier versions: all that a bundle or a JSON
// export carries. It stops when ctx is cancelled. Errors: ENOTFOUND (the
// scope's article), EINVALID (an unknown or ambiguous verdict), and
// whatever the services return.
func Collect(ctx context.Context, svc claims.Services, scope Scope) (*Data, error) {
	return collectData(ctx, svc, scope, reading{history: true, versions: true})
}

// CollectFor reads what a report written with opts shows: like Collect, but
// the claims' history only when opts.NeedsHistory and the earlier versions
// only for JSON. Reading the history of every claim is most of the time
// Collect takes for a large report.
func CollectFor(ctx context.Context, svc claims.Services, scope Scope, opts Options) (*Data, error) {
	return collectData(ctx, svc, scope, reading{history: opts.NeedsHistory(), versions: opts.Format == JSON})
}

// NeedsHistory reports whether a report written with o uses the claims'
// history: with o.History, in JSON (which carries everything) and in
// ClaimReview (whose review date is the last publication).
func (o Options) NeedsHistory() bool {
	return o.History || o.Format == JSON || o.Format == ClaimReview
}

// reading says which records beyond the claims, articles, evidence,
// sources and scales collectData reads.
type reading struct {
	history  bool // every claim's events
	versions bool // earlier versions of the records (collectVersions)
}

// collectData reads the claims of scope, what they refer to, the scales
// of their ratings and what r asks for, sorted (Data.sort).
func collectData(ctx context.Context, svc claims.Services, scope Scope, r reading) (*Data, error) {
	d := &Data{GeneratedAt: time.Now().UTC().Truncate(time.Second), Scope: scope}
	f := claims.ClaimFilter{Sort: claims.SortCreated}
	if scope.ArticleID != "" {
		a, err := svc.Articles.FindArticleByID(ctx, scope.ArticleID)
		if err != nil {
			return nil, err
		}
		d.Articles = append(d.Articles, a)
		f.ArticleID = &scope.ArticleID
	}
	if scope.Status != "" {
		st := scope.Status
		f.Status = &st
	}
	if scope.Tag != "" {
		t := scope.Tag
		f.Tag = &t
	}
	scales, err := svc.Scales.FindScales(ctx)
	if err != nil {
		return nil, err
	}
	if scope.Verdict != "" {
		id, err := resolveVerdict(ctx, svc.Scales, scales, scope.Verdict)
		if err != nil {
			return nil, err
		}
		f.RatingID = &id
	}
	cs, _, err := svc.Claims.FindClaims(ctx, f)
	if err != nil {
		return nil, err
	}
	d.Claims = cs
	if err := d.collectRelated(ctx, svc, r); err != nil {
		return nil, err
	}
	d.keepUsedScales(scales)
	d.sort()
	return d, nil
}

// collectRelated reads what d's claims refer to: their articles, evidence
// and sources, and, as r asks, their history and earlier versions.
func (d *Data) collectRelated(ctx context.Context, svc claims.Services, r reading) error {
	if err := d.collectArticles(ctx, svc.Articles); err != nil {
		return err
	}
	if err := d.collectEvidence(ctx, svc.Evidence, svc.Sources); err != nil {
		return err
	}
	if r.history {
		if err := d.collectHistory(ctx, svc.History); err != nil {
			return err
		}
	}
	if r.versions {
		return d.collectVersions(ctx, svc.History)
	}
	return nil
}

// keepUsedScales adds to d the scales of scales that hold a rating of one
// of d's claims.
func (d *Data) keepUsedScales(scales []*claims.RatingScale) {
	used := map[string]bool{}
	for _, c := range d.Claims {
		used[c.RatingID] = true
	}
	for _, s := range scales {
		if slices.ContainsFunc(s.Ratings, func(r claims.Rating) bool { return used[r.ID] }) {
			d.Scales = append(d.Scales, s)
		}
	}
}

// collectHistory reads the events of every claim of d.
func (d *Data) collectHistory(ctx context.Context, h claims.HistoryService) error {
	for _, c := range d.Claims {
		if err := ctx.Err(); err != nil {
			return err
		}
		evs, err := h.ClaimHistory(ctx, c.ID)
		if err != nil && claims.ErrorCode(err) != claims.ENOTFOUND {
			return err
		}
		d.Events = append(d.Events, evs...)
	}
	return nil
}

// collectArticles reads the articles of d's claims that d does not hold
// yet: one by one, or all at once when more than bulkThreshold are missing.
func (d *Data) collectArticles(ctx context.Context, as claims.ArticleService) error {
	have := map[string]bool{}
	for _, a := range d.Articles {
		have[a.ID] = true
	}
	need := map[string]bool{}
	for _, c := range d.Claims {
		if c.ArticleID != "" && !have[c.ArticleID] {
			need[c.ArticleID] = true
		}
	}
	if len(need) > bulkThreshold {
		all, _, err := as.FindArticles(ctx, claims.ArticleFilter{})
		if err != nil {
			return err
		}
		for _, a := range all {
			if need[a.ID] {
				d.Articles = append(d.Articles, a)
			}
		}
		return nil
	}
	for id := range need {
		a, err := as.FindArticleByID(ctx, id)
		if err != nil {
			return err
		}
		d.Articles = append(d.Articles, a)
	}
	return nil
}

// collectEvidence reads the evidence of d's claims and the source of each
// piece of evidence, with its snapshots.
func (d *Data) collectEvidence(ctx context.Context, es claims.EvidenceService, ss claims.SourceService) error {
	if len(d.Claims) > bulkThreshold {
		in := map[string]bool{}
		for _, c := range d.Claims {
			in[c.ID] = true
		}
		all, err := es.FindEvidence(ctx, claims.EvidenceFilter{})
		if err != nil {
			return err
		}
		for _, e := range all {
			if in[e.ClaimID] {
				d.Evidence = append(d.Evidence, e)
			}
		}
	} else {
		for _, c := range d.Claims {
			id := c.ID
			evs, err := es.FindEvidence(ctx, claims.EvidenceFilter{ClaimID: &id})
			if err != nil {
				return err
			}
			d.Evidence = append(d.Evidence, evs...)
		}
	}
	seen := map[string]bool{}
	for _, e := range d.Evidence {
		if seen[e.SourceID] {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		seen[e.SourceID] = true
		// FindSourceByID, unlike FindSources, promises the snapshots.
		s, err := ss.FindSourceByID(ctx, e.SourceID)
		if err != nil {
			return err
		}
		d.Sources = append(d.Sources, s)
	}
	return nil
}

// resolveVerdict turns a rating ID or label into a rating ID ("" for none).
func resolveVerdict(ctx context.Context, ss claims.ScaleService, scales []*claims.RatingScale, v string) (string, error) {
	v = strings.TrimSpace(v)
	if strings.EqualFold(v, "none") {
		return "", nil
	}
	for _, s := range scales {
		if s.Rating(v) != nil {
			return v, nil
		}
	}
	match := func(s *claims.RatingScale) []string {
		var ids []string
		for _, r := range s.Ratings {
			if strings.EqualFold(r.LabelEN, v) || strings.EqualFold(r.LabelDE, v) {
				ids = append(ids, r.ID)
			}
		}
		return ids
	}
	if active, err := ss.ActiveScale(ctx); err == nil && active != nil {
		if ids := match(active); len(ids) == 1 {
			return ids[0], nil
		}
	}
	var ids []string
	for _, s := range scales {
		ids = append(ids, match(s)...)
	}
	switch len(ids) {
	case 0:
		return "", claims.Errorf(claims.EINVALID, "No rating is called %q; give a rating ID or label of a scale, or none.", v)
	case 1:
		return ids[0], nil
	}
	return "", claims.Errorf(claims.EINVALID, "The verdict %q is ambiguous; give one of the rating IDs %s.", v, strings.Join(ids, ", "))
}

// sort puts the records of d in report order.
func (d *Data) sort() {
	slices.SortStableFunc(d.Articles, func(a, b *claims.Article) int {
		return cmp.Or(a.ImportedAt.Compare(b.ImportedAt), cmp.Compare(a.ID, b.ID))
	})
	artPos := map[string]int{}
	for i, a := range d.Articles {
		artPos[a.ID] = i
	}
	pos := func(c *claims.Claim) int {
		if p, ok := artPos[c.ArticleID]; ok {
			return p
		}
		return len(d.Articles)
	}
	anchor := func(c *claims.Claim) int {
		if c.Anchor == nil || c.Detached {
			return int(^uint(0) >> 1)
		}
		return c.Anchor.Start
	}
	slices.SortStableFunc(d.Claims, func(a, b *claims.Claim) int {
		return cmp.Or(cmp.Compare(pos(a), pos(b)), cmp.Compare(anchor(a), anchor(b)),
			a.CreatedAt.Compare(b.CreatedAt), cmp.Compare(a.ID, b.ID))
	})
	claimPos := map[string]int{}
	for i, c := range d.Claims {
		claimPos[c.ID] = i
	}
	slices.SortStableFunc(d.Evidence, func(a, b *claims.Evidence) int {
		return cmp.Or(cmp.Compare(claimPos[a.ClaimID], claimPos[b.ClaimID]),
			a.CreatedAt.Compare(b.CreatedAt), cmp.Compare(a.ID, b.ID))
	})
	slices.SortStableFunc(d.Events, func(a, b *claims.Event) int {
		return cmp.Or(cmp.Compare(claimPos[a.ClaimID], claimPos[b.ClaimID]),
			a.At.Compare(b.At), cmp.Compare(a.ID, b.ID))
	})
	slices.SortStableFunc(d.Sources, func(a, b *claims.Source) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortStableFunc(d.Scales, func(a, b *claims.RatingScale) int { return cmp.Compare(a.ID, b.ID) })
}
