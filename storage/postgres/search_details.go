package postgres

import (
	"context"
	"fmt"

	"claimdesk/claims"
	"claimdesk/storage/internal/sqlstore"
)

// hitSource says where the records behind the hits of one kind are.
type hitSource struct {
	// seq is the record's seq; fields are the record's fields and its
	// snippet (one argument: the query), scanned by scan; from has one
	// argument: the seqs.
	seq, fields, from string
	scan              func(h *claims.SearchHit) []any
}

// hitSources says where the records of each kind of hit are.
var hitSources = map[string]hitSource{
	claims.HitClaim: {
		seq: "c.seq",
		fields: `c.id, COALESCE(c.article_id, ''), c.text, ` +
			headline("c.text || ' ' || c.claimant || ' ' || c.conclusion || ' ' || c.rationale"),
		from: "FROM claims c WHERE c.seq = ANY(?)",
		scan: func(h *claims.SearchHit) []any { return []any{&h.ID, &h.ArticleID, &h.Title, &h.Snippet} },
	},
	claims.HitArticle: {
		seq:    "a.seq",
		fields: "a.id, a.title, " + headline("a.title || ' ' || a.body"),
		from:   "FROM articles a WHERE a.seq = ANY(?)",
		scan:   func(h *claims.SearchHit) []any { return []any{&h.ID, &h.Title, &h.Snippet} },
	},
	claims.HitSource: {
		seq: "s.seq",
		fields: "s.id, CASE WHEN s.title <> '' THEN s.title ELSE s.url END, " +
			headline("s.title || ' ' || s.publisher || ' ' || s.notes || ' ' || s.url"),
		from: "FROM sources s WHERE s.seq = ANY(?)",
		scan: func(h *claims.SearchHit) []any { return []any{&h.ID, &h.Title, &h.Snippet} },
	},
	claims.HitEvidence: {
		seq:    "e.seq",
		fields: "e.id, e.claim_id, e.source_id, COALESCE(c.text, ''), " + headline("e.excerpt || ' ' || e.note"),
		from:   "FROM evidence e LEFT JOIN claims c ON c.id = e.claim_id WHERE e.seq = ANY(?)",
		scan:   func(h *claims.SearchHit) []any { return []any{&h.ID, &h.ClaimID, &h.SourceID, &h.Title, &h.Snippet} },
	},
}

// pageDetails loads the records behind a page of ranked hits and their
// snippets, one query per kind of hit, and returns the hits in the
// page's order.
func pageDetails(ctx context.Context, tx querier, page []sqlstore.Ranked, match string) ([]claims.SearchHit, error) {
	seqs := map[string][]int64{}
	for _, r := range page {
		seqs[r.Kind] = append(seqs[r.Kind], r.Seq)
	}
	type key struct {
		kind string
		seq  int64
	}
	found := map[key]claims.SearchHit{}
	for kind, ss := range seqs {
		src, ok := hitSources[kind]
		if !ok {
			return nil, claims.Errorf(claims.EINTERNAL, "unknown kind of search hit %q", kind)
		}
		rows, err := tx.QueryContext(ctx, "SELECT "+src.seq+", "+src.fields+" "+src.from, match, ss)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			h := claims.SearchHit{Kind: kind}
			var seq int64
			if err := rows.Scan(append([]any{&seq}, src.scan(&h)...)...); err != nil {
				rows.Close()
				return nil, err
			}
			switch kind {
			case claims.HitClaim:
				h.ClaimID = h.ID
			case claims.HitArticle:
				h.ArticleID = h.ID
			case claims.HitSource:
				h.SourceID = h.ID
			}
			found[key{kind, seq}] = h
		}
		if err := closeRows(rows); err != nil {
			return nil, err
		}
	}
	hits := make([]claims.SearchHit, 0, len(page))
	for _, r := range page {
		h, ok := found[key{r.Kind, r.Seq}]
		if !ok {
			return nil, fmt.Errorf("search hit %s %d: not found", r.Kind, r.Seq)
		}
		h.Rank = -r.Rank // rank is stored negated, lower for better matches
		hits = append(hits, h)
	}
	return hits, nil
}
