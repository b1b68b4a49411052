package sqlite

import (
	"claimdesk/storage/internal/sqlstore"
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"claimdesk/claims"
)

// defaultSearchLimit is the page size when SearchQuery.Limit is 0.
const defaultSearchLimit = 50

// snippetArgs marks hits with [ and ] and cuts the text to about 16 words.
const snippetArgs = `-1, '[', ']', '…', 16`

// Search returns hits best first and the total number of hits. Hits are
// ranked by bm25 within their index (article titles weigh more than bodies):
// by the in-memory indexes when they are ready (search_index.go, the same
// figures), else by FTS5; the snippets come only for the page returned.
func (s *store) Search(ctx context.Context, q claims.SearchQuery) ([]claims.SearchHit, int, error) {
	match, err := matchExpr(q.Text)
	if err != nil {
		return nil, 0, err
	}
	scope, err := sqlstore.CheckSearch(q)
	if err != nil {
		return nil, 0, err
	}
	claimFilter := scope.ClaimFilter
	arms, armKinds, args, err := searchArms(q, match, scope)
	if err != nil {
		return nil, 0, err
	}
	if len(arms) == 0 {
		return nil, 0, nil
	}
	union := strings.Join(arms, " UNION ALL ")
	marks := newSnippetQuery(q.Text)
	limit := q.Limit
	if limit == 0 {
		limit = defaultSearchLimit
	}
	var hits []claims.SearchHit
	var total int
	err = s.read(ctx, "search", func(tx querier) error {
		var page []sqlstore.Ranked
		var err error
		indexed := false
		if !claimFilter { // every arm takes the one argument match
			page, total, indexed, err = s.indexedPage(ctx, tx, q, limit, armKinds, arms, match)
			if err != nil {
				return err
			}
		}
		if !indexed {
			if page, total, err = sqlstore.RankedPage(ctx, tx, noLimit, union, args, q.Offset, limit); err != nil {
				return err
			}
		}
		hits, err = pageDetails(ctx, tx, page, match, marks)
		return err
	})
	if err != nil {
		return nil, 0, err
	}
	return hits, total, nil
}

// pageDetails reads the hits of a page of ranked records (hitDetails).
func pageDetails(ctx context.Context, tx querier, page []sqlstore.Ranked, match string, marks snippetQuery) ([]claims.SearchHit, error) {
	var hits []claims.SearchHit
	for _, r := range page {
		h, err := hitDetails(ctx, tx, r.Kind, r.Seq, match, marks)
		if err != nil {
			return nil, err
		}
		h.Rank = -r.Rank // bm25 is lower for better matches
		hits = append(hits, h)
	}
	return hits, nil
}

// searchArms returns the SELECTs of a search, one for each kind of hit q
// asks for, the kinds of those on a full-text index (for indexedPage), and
// the arguments of them all.
func searchArms(q claims.SearchQuery, match string, scope sqlstore.SearchScope) (arms, armKinds []string, args []any, err error) {
	want, claimFilter := scope.Want, scope.ClaimFilter
	if want(claims.HitClaim) && !claimFilter {
		arms, args = append(arms, "SELECT 'claim' AS kind, rowid AS seq, bm25(claims_fts) AS rank FROM claims_fts WHERE claims_fts MATCH ?"),
			append(args, match)
		armKinds = append(armKinds, claims.HitClaim)
	} else if want(claims.HitClaim) {
		from, a, err := claimWhere(claims.ClaimFilter{Query: &q.Text, Status: q.Status, RatingID: q.RatingID,
			Tag: q.Tag, ArticleID: q.ArticleID, Claimant: q.Claimant}, true)
		if err != nil {
			return nil, nil, nil, err
		}
		arms, args = append(arms, "SELECT 'claim' AS kind, c.seq AS seq, q.rank AS rank FROM "+from), append(args, a...)
	}
	if !claimFilter {
		for _, a := range []struct{ kind, sql string }{
			{claims.HitArticle, "SELECT 'article' AS kind, rowid AS seq, bm25(articles_fts, 4.0, 1.0) AS rank FROM articles_fts WHERE articles_fts MATCH ?"},
			{claims.HitSource, "SELECT 'source' AS kind, rowid AS seq, bm25(sources_fts, 4.0, 2.0, 1.0, 1.0) AS rank FROM sources_fts WHERE sources_fts MATCH ?"},
			{claims.HitEvidence, "SELECT 'evidence' AS kind, rowid AS seq, bm25(evidence_fts) AS rank FROM evidence_fts WHERE evidence_fts MATCH ?"},
		} {
			if want(a.kind) {
				arms, args = append(arms, a.sql), append(args, match)
				armKinds = append(armKinds, a.kind)
			}
		}
	}
	return arms, armKinds, args, nil
}

// hitSource says where the record behind a hit of one kind is and which
// columns its full-text index holds.
type hitSource struct {
	fields string   // the record's fields, scanned by scan
	from   string   // FROM and WHERE with one parameter: the record's seq
	cols   []string // the indexed columns, in the index's order
	fts    string   // the full-text index
	scan   func(h *claims.SearchHit) []any
}

// hitSources says, by kind of hit, where its records are and which columns
// its full-text index holds.
var hitSources = map[string]hitSource{
	claims.HitClaim: {
		fields: "c.id, COALESCE(c.article_id, ''), c.text", from: "FROM claims c WHERE c.seq = ?",
		cols: []string{"c.text", "c.rationale", "c.conclusion", "c.claimant"}, fts: "claims_fts",
		scan: func(h *claims.SearchHit) []any { return []any{&h.ID, &h.ArticleID, &h.Title} },
	},
	claims.HitArticle: {
		fields: "a.id, a.title", from: "FROM articles a WHERE a.seq = ?",
		cols: []string{"a.title", "a.body"}, fts: "articles_fts",
		scan: func(h *claims.SearchHit) []any { return []any{&h.ID, &h.Title} },
	},
	claims.HitSource: {
		fields: "s.id, CASE WHEN s.title <> '' THEN s.title ELSE s.url END", from: "FROM sources s WHERE s.seq = ?",
		cols: []string{"s.title", "s.publisher", "s.notes", "s.url"}, fts: "sources_fts",
		scan: func(h *claims.SearchHit) []any { return []any{&h.ID, &h.Title} },
	},
	claims.HitEvidence: {
		fields: "e.id, e.claim_id, e.source_id, COALESCE((SELECT c.text FROM claims c WHERE c.id = e.claim_id), '')",
		from:   "FROM evidence e WHERE e.seq = ?",
		cols:   []string{"e.excerpt", "e.note"}, fts: "evidence_fts",
		scan: func(h *claims.SearchHit) []any { return []any{&h.ID, &h.ClaimID, &h.SourceID, &h.Title} },
	},
}

// shortText is the number of characters up to which every column of a
// hit counts as short: its snippet is cut in Go (windowSnippet), since
// FTS5's snippet() runs the whole MATCH again for each hit, prefix
// expansion included (1,000,000 claims: most of a rare word's search time).
const shortText = 1000

// hitDetails loads the record behind a ranked hit and its snippet: FTS5's
// snippet() for ordinary texts, windowSnippet for short ones (shortText)
// and, from the first largeText characters, for those with a longer column,
// since snippet() takes time in the square of the text's length.
func hitDetails(ctx context.Context, tx querier, kind string, seq int64, match string, marks snippetQuery) (claims.SearchHit, error) {
	h := claims.SearchHit{Kind: kind}
	src, ok := hitSources[kind]
	if !ok {
		return h, claims.Errorf(claims.EINTERNAL, "unknown kind of search hit %q", kind)
	}
	windows := make([]string, len(src.cols))
	sel := src.fields
	for _, c := range src.cols {
		sel += fmt.Sprintf(", COALESCE(substr(%s, 1, %d), '')", c, largeText+1)
	}
	dest := src.scan(&h)
	for i := range windows {
		dest = append(dest, &windows[i])
	}
	if err := tx.QueryRowContext(ctx, "SELECT "+sel+" "+src.from, seq).Scan(dest...); err != nil {
		return h, err
	}
	switch kind {
	case claims.HitClaim:
		h.ClaimID = h.ID
	case claims.HitArticle:
		h.ArticleID = h.ID
	case claims.HitSource:
		h.SourceID = h.ID
	}
	short := true
	for _, w := range windows {
		n := utf8.RuneCountInString(w)
		if n > largeText {
			h.Snippet = windowSnippet(windows, marks)
			return h, nil
		}
		short = short && n <= shortText
	}
	if short { // nearly whole in the snippet: no second MATCH for it
		h.Snippet = windowSnippet(windows, marks)
		return h, nil
	}
	err := tx.QueryRowContext(ctx, fmt.Sprintf("SELECT snippet(%s, %s) FROM %s WHERE %s MATCH ? AND rowid = ?",
		src.fts, snippetArgs, src.fts, src.fts), match, seq).Scan(&h.Snippet)
	return h, err
}
