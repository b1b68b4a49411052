package sqlstore

import (
	"context"

	"claimdesk/claims"
)

// regroup splits group g after a link was taken out of it: its claims and
// records that the remaining links (group_links) still connect stay
// together — also through a claim or record deleted since — and each part
// no link connects becomes a group of its own. The part holding keepClaim
// keeps the ID g, the others get new IDs. A record no remaining link ties
// to a claim of the group leaves it.
func regroup(ctx context.Context, tx *Tx, g, keepClaim string) error {
	claimIDs, err := strings1(ctx, tx, "SELECT claim_id FROM claim_groups WHERE group_id = ?", g)
	if err != nil {
		return err
	}
	recordIDs, err := strings1(ctx, tx, "SELECT record_id FROM group_records WHERE group_id = ?", g)
	if err != nil {
		return err
	}
	parts := newUnionFind()
	if err := joinLinks(ctx, tx, g, parts); err != nil {
		return err
	}
	ids := map[string]string{parts.find(claims.TargetKey(claims.TargetClaim, keepClaim)): g}
	for _, id := range claimIDs {
		gid, err := partID(parts, ids, claims.TargetKey(claims.TargetClaim, id))
		if err != nil {
			return err
		}
		if gid == g {
			continue
		}
		if _, err := tx.ExecContext(ctx, "UPDATE claim_groups SET group_id = ? WHERE claim_id = ?", gid, id); err != nil {
			return err
		}
	}
	for _, id := range recordIDs {
		gid, ok := ids[parts.find(claims.TargetKey(claims.TargetRecord, id))]
		q, args := "UPDATE group_records SET group_id = ? WHERE group_id = ? AND record_id = ?", []any{gid, g, id}
		if !ok {
			q, args = "DELETE FROM group_records WHERE group_id = ? AND record_id = ?", []any{g, id}
		} else if gid == g {
			continue
		}
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return err
		}
	}
	return nil
}

// partID returns the group ID of the part holding node, a new one for a
// part not met before.
func partID(parts *unionFind, ids map[string]string, node string) (string, error) {
	root := parts.find(node)
	if gid, ok := ids[root]; ok {
		return gid, nil
	}
	gid, err := newID()
	ids[root] = gid
	return gid, err
}

// joinLinks joins in parts the two sides of every link that touches a
// claim or record of group g.
func joinLinks(ctx context.Context, tx *Tx, g string, parts *unionFind) error {
	rows, err := tx.QueryContext(ctx, `SELECT claim_id, target_kind, target_id FROM group_links
		WHERE claim_id IN (SELECT claim_id FROM claim_groups WHERE group_id = ?)
		OR (target_kind = 'claim' AND target_id IN (SELECT claim_id FROM claim_groups WHERE group_id = ?))
		OR (target_kind = 'record' AND target_id IN (SELECT record_id FROM group_records WHERE group_id = ?))`, g, g, g)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var c, kind, t string
		if err := rows.Scan(&c, &kind, &t); err != nil {
			return err
		}
		parts.union(claims.TargetKey(claims.TargetClaim, c), claims.TargetKey(kind, t))
	}
	return rows.Err()
}

// unionFind keeps which nodes are connected.
type unionFind struct{ parent map[string]string }

func newUnionFind() *unionFind { return &unionFind{parent: map[string]string{}} }

// find returns the representative of x's part (x itself when alone).
func (u *unionFind) find(x string) string {
	for {
		p, ok := u.parent[x]
		if !ok || p == x {
			return x
		}
		if gp, ok := u.parent[p]; ok {
			u.parent[x] = gp
		}
		x = p
	}
}

// union puts a and b in one part.
func (u *unionFind) union(a, b string) {
	ra, rb := u.find(a), u.find(b)
	if ra != rb {
		u.parent[ra] = rb
	}
}
