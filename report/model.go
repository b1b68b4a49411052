package report

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"claimdesk/claims"
)

// The documents (HTML, PDF, Markdown) share one view of the data, built here:
// sections per article, claims numbered, verdicts resolved to labels and
// colours, evidence grouped by stance and a short history.

// historyLen is the number of most recent events a claim shows.
const historyLen = 5

// fewClaims is the largest report without a table of contents: with so few
// claims the summary and the claims themselves fit on the first page.
const fewClaims = 3

// Colours of claims without a rating.
const (
	colorNoVerdict  = "#9e9e9e"
	colorConclusion = "#455a64"
)

// docView is what a document shows. It holds only what the title page and
// contents need; the full view of each claim is built by claim when it is
// rendered and dropped after, so memory does not grow with the details of
// every claim.
type docView struct {
	L         *labels
	Title     string
	Generated string
	Org       string
	Scope     string
	Summary   []verdictCount
	Sections  []*sectionView
	NClaims   int
	// Few is set for a report of fewClaims claims or fewer: it has no
	// table of contents and no page break before its articles.
	Few bool

	x       *index
	loc     *time.Location
	history bool
	earlier bool // show the linked earlier checks
}

// verdictCount is one line of the summary: a verdict and its number of
// claims.
type verdictCount struct {
	Verdict verdictView
	N       int
}

// sectionView is one article's section (or the claims without article):
// its anchor, title, details and claims.
type sectionView struct {
	Anchor  string
	Title   string
	Article *claims.Article // nil for the claims without article
	Meta    []metaRow
	Claims  []*claimRef
}

// claimRef is a claim as the contents list it: number, anchor and verdict.
type claimRef struct {
	Anchor  string
	Num     string
	C       *claims.Claim
	Verdict verdictView
}

// metaRow is one "label: value" line; Link is set when the value is a safe URL.
type metaRow struct {
	Label, Value, Link string
}

// claimView is everything a document shows of one claim.
type claimView struct {
	*claimRef
	L         *labels
	Status    string
	ClaimDate string
	Tags      string
	Groups    []*stanceGroup
	History   []eventView
	Earlier   string // "3 earlier changes" or ""
	NEvidence int
	// EarlierChecks are the earlier fact-checks the claim was linked to,
	// with Options.EarlierChecks.
	EarlierChecks []earlierView
}

// verdictView is how a verdict is shown: label, colours and kind.
type verdictView struct {
	Label string
	Color string // background, "#rrggbb"
	Ink   string // text colour readable on Color
	Kind  string // "rating", "conclusion" or "none"
}

// stanceGroup is a claim's evidence of one stance.
type stanceGroup struct {
	Stance claims.Stance
	Label  string
	Items  []evidenceView
}

// evidenceView is one piece of evidence as shown: its source's title,
// links, details and snapshots.
type evidenceView struct {
	E         *claims.Evidence
	Title     string
	URL       string // safe link or ""
	RawURL    string // the URL as stored, shown as text
	Meta      string // publisher, kind, dates
	Snapshots []claims.Snapshot
}

// eventView is one line of a claim's history: when, who and what changed.
type eventView struct {
	At, Actor, Text string
}

// index gives fast access to the records of a Data.
type index struct {
	articles map[string]*claims.Article
	sources  map[string]*claims.Source
	ratings  map[string]*claims.Rating
	scales   map[string]*claims.RatingScale // by rating ID
	evidence map[string][]*claims.Evidence
	events   map[string][]*claims.Event
	earlier  map[string][]EarlierCheck
}

// newIndex indexes the records of d by ID (the ratings and their scales by
// rating ID, the evidence and events by claim ID).
func newIndex(d *Data) *index {
	x := &index{
		articles: map[string]*claims.Article{}, sources: map[string]*claims.Source{},
		ratings: map[string]*claims.Rating{}, scales: map[string]*claims.RatingScale{},
		evidence: map[string][]*claims.Evidence{}, events: map[string][]*claims.Event{},
		earlier: d.Earlier,
	}
	for _, a := range d.Articles {
		x.articles[a.ID] = a
	}
	for _, s := range d.Sources {
		x.sources[s.ID] = s
	}
	for _, s := range d.Scales {
		for i := range s.Ratings {
			x.ratings[s.Ratings[i].ID] = &s.Ratings[i]
			x.scales[s.Ratings[i].ID] = s
		}
	}
	for _, e := range d.Evidence {
		x.evidence[e.ClaimID] = append(x.evidence[e.ClaimID], e)
	}
	for _, e := range d.Events {
		x.events[e.ClaimID] = append(x.events[e.ClaimID], e)
	}
	return x
}

// verdict returns how the verdict of c is shown.
func (x *index) verdict(c *claims.Claim, l *labels) verdictView {
	switch {
	case c.RatingID != "":
		if r := x.ratings[c.RatingID]; r != nil {
			col := safeColor(r.Color)
			return verdictView{Label: r.Label(l.Lang), Color: col, Ink: inkFor(col), Kind: "rating"}
		}
		return verdictView{Label: c.RatingID, Color: colorNoVerdict, Ink: inkFor(colorNoVerdict), Kind: "rating"}
	case c.Conclusion != "":
		return verdictView{Label: l.Conclusion, Color: colorConclusion, Ink: inkFor(colorConclusion), Kind: "conclusion"}
	}
	return verdictView{Label: l.NoVerdict, Color: colorNoVerdict, Ink: inkFor(colorNoVerdict), Kind: "none"}
}

// buildView prepares the shared document view: title, summary, sections
// and the contents. It is cheap next to rendering, so cancellation is
// checked by the renderers.
func buildView(d *Data, opts Options) *docView {
	l := labelsFor(opts.Lang)
	x := newIndex(d)
	v := &docView{L: l, Org: opts.Org, NClaims: len(d.Claims), Few: len(d.Claims) <= fewClaims,
		x: x, loc: opts.Location, history: opts.History, earlier: opts.EarlierChecks,
		Generated: l.dateTime(d.GeneratedAt, opts.Location)}
	v.Title = opts.Title
	if v.Title == "" {
		v.Title = l.Report
		if d.Scope.ArticleID != "" && len(d.Articles) == 1 {
			v.Title = l.ReportOn + d.Articles[0].Title
		}
	}
	v.Scope = scopeText(d, l, x)
	counts := map[string]int{}
	var order []verdictView
	var sec *sectionView
	for i, c := range d.Claims {
		if sec == nil || (sec.Article == nil) != (x.articles[c.ArticleID] == nil) ||
			(sec.Article != nil && sec.Article.ID != c.ArticleID) {
			sec = newSection(x.articles[c.ArticleID], l, opts.Location)
			v.Sections = append(v.Sections, sec)
		}
		ref := &claimRef{Anchor: anchorID("claim-", c.ID), Num: strconv.Itoa(i + 1), C: c, Verdict: x.verdict(c, l)}
		sec.Claims = append(sec.Claims, ref)
		key := ref.Verdict.Kind + "\x00" + ref.Verdict.Label
		if counts[key] == 0 {
			order = append(order, ref.Verdict)
		}
		counts[key]++
	}
	// An article in scope without claims still gets its section.
	if len(d.Claims) == 0 && len(d.Articles) == 1 {
		v.Sections = append(v.Sections, newSection(d.Articles[0], l, opts.Location))
	}
	for _, vv := range order {
		v.Summary = append(v.Summary, verdictCount{Verdict: vv, N: counts[vv.Kind+"\x00"+vv.Label]})
	}
	return v
}

// scopeText describes the report's scope in the language: everything, or
// the article, status, verdict and tag it is limited to.
func scopeText(d *Data, l *labels, x *index) string {
	s := d.Scope
	if s.IsAll() {
		return l.Everything
	}
	var parts []string
	if s.ArticleID != "" {
		t := s.ArticleID
		if a := x.articles[s.ArticleID]; a != nil {
			t = a.Title
		}
		parts = append(parts, l.ScopeArticle+" „"+t+"“")
	}
	if s.Status != "" {
		parts = append(parts, l.ScopeStatus+" "+l.status(s.Status))
	}
	if s.Verdict != "" {
		t := s.Verdict
		if r := x.ratings[s.Verdict]; r != nil {
			t = r.Label(l.Lang)
		}
		parts = append(parts, l.ScopeVerdict+" "+t)
	}
	if s.Tag != "" {
		parts = append(parts, l.ScopeTag+" #"+s.Tag)
	}
	return strings.Join(parts, " · ")
}

// newSection returns the section of article a, with its details; nil a
// gives the section of the claims without article.
func newSection(a *claims.Article, l *labels, loc *time.Location) *sectionView {
	if a == nil {
		return &sectionView{Anchor: "no-article", Title: l.NoArticle}
	}
	s := &sectionView{Anchor: anchorID("article-", a.ID), Title: a.Title, Article: a}
	add := func(k, v string) {
		if v != "" {
			s.Meta = append(s.Meta, metaRow{Label: k, Value: v})
		}
	}
	add(l.Publisher, a.Publisher)
	add(l.Published, l.date(a.PublishedAt, loc))
	if a.URL != "" {
		s.Meta = append(s.Meta, metaRow{Label: l.URL, Value: a.URL, Link: safeURL(a.URL)})
	}
	add(l.Language, l.language(a.Language))
	add(l.BodyHash, a.BodySHA256)
	return s
}

// claim builds the full view of one claim; the history only when the
// report asks for it.
func (v *docView) claim(r *claimRef) *claimView {
	c, x, l, loc := r.C, v.x, v.L, v.loc
	cv := &claimView{claimRef: r, L: l, Status: l.status(c.Status), ClaimDate: l.date(c.ClaimDate, loc)}
	if len(c.Tags) > 0 {
		cv.Tags = "#" + strings.Join(c.Tags, " #")
	}
	groups := map[claims.Stance]*stanceGroup{}
	for _, st := range claims.Stances {
		groups[st] = &stanceGroup{Stance: st, Label: l.StanceName[st]}
	}
	for _, e := range x.evidence[c.ID] {
		g := groups[e.Stance]
		if g == nil {
			g = &stanceGroup{Stance: e.Stance, Label: string(e.Stance)}
			groups[e.Stance] = g
		}
		g.Items = append(g.Items, evidenceItem(e, x.sources[e.SourceID], l, loc))
		cv.NEvidence++
	}
	for _, st := range claims.Stances {
		if len(groups[st].Items) > 0 {
			cv.Groups = append(cv.Groups, groups[st])
		}
	}
	if v.earlier {
		cv.EarlierChecks = v.earlierChecks(c.ID)
	}
	if !v.history {
		return cv
	}
	evs := x.events[c.ID]
	if n := len(evs) - historyLen; n > 0 {
		cv.Earlier = fmt.Sprintf(l.EarlierChanges, n)
		evs = evs[n:]
	}
	for i := len(evs) - 1; i >= 0; i-- {
		cv.History = append(cv.History, eventItem(evs[i], x, l, loc))
	}
	return cv
}

// evidenceItem returns how evidence e with its source s is shown; without
// the source its title is the source ID.
func evidenceItem(e *claims.Evidence, s *claims.Source, l *labels, loc *time.Location) evidenceView {
	ev := evidenceView{E: e, Title: e.SourceID}
	if s == nil {
		return ev
	}
	ev.Title = s.Title
	if ev.Title == "" {
		ev.Title = s.URL
	}
	ev.RawURL, ev.URL, ev.Snapshots = s.URL, safeURL(s.URL), s.Snapshots
	var meta []string
	if s.Publisher != "" {
		meta = append(meta, s.Publisher)
	}
	if s.Author != "" {
		meta = append(meta, s.Author)
	}
	if k, ok := l.KindName[s.Kind]; ok {
		meta = append(meta, k)
	}
	if d := l.date(s.PublishedAt, loc); d != "" {
		meta = append(meta, d)
	}
	if d := l.date(s.AccessedAt, loc); d != "" {
		meta = append(meta, l.Accessed+" "+d)
	}
	ev.Meta = strings.Join(meta, " · ")
	return ev
}
