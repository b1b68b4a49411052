package sqlstore

import "context"

// regroup splits group g after a link was taken out of it. Its claims that
// the remaining links between claims (group_links) still connect stay
// together — also through a claim deleted since — and each part no link
// connects becomes a group of its own; the part holding keepClaim keeps
// the ID g, the others get new IDs. A record goes with each part one of
// whose claims is linked to it, and leaves the group when none is. As
// Link has it, a record never joins claims: two claims linked to the same
// record are each in a group with it, not in one group.
func regroup(ctx context.Context, tx *Tx, g, keepClaim string) error {
	claimIDs, err := strings1(ctx, tx, "SELECT claim_id FROM claim_groups WHERE group_id = ?", g)
	if err != nil {
		return err
	}
	parts := newUnionFind()
	if err := joinClaimLinks(ctx, tx, g, parts); err != nil {
		return err
	}
	ids := map[string]string{parts.find(keepClaim): g}
	for _, id := range claimIDs {
		gid, err := partID(parts, ids, id)
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
	return regroupRecords(ctx, tx, g, parts, ids)
}

// regroupRecords puts each record of group g in the groups of the parts
// (ids, by their representative in parts) one of whose claims is linked to
// it, keeping when and by whom it was linked to g.
func regroupRecords(ctx context.Context, tx *Tx, g string, parts *unionFind, ids map[string]string) error {
	rows, err := tx.QueryContext(ctx, `SELECT l.claim_id, r.record_id, r.linked_at, r.linked_by FROM group_records r
		LEFT JOIN group_links l ON l.target_kind = 'record' AND l.target_id = r.record_id WHERE r.group_id = ?`, g)
	if err != nil {
		return err
	}
	type row struct{ gid, record, at, by string }
	var out []row
	for rows.Next() {
		var claimID *string
		var r row
		if err := rows.Scan(&claimID, &r.record, &r.at, &r.by); err != nil {
			rows.Close()
			return err
		}
		if claimID != nil {
			r.gid = ids[parts.find(*claimID)] // "" for a claim of no part of g
		}
		out = append(out, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM group_records WHERE group_id = ?", g); err != nil {
		return err
	}
	for _, r := range out {
		if r.gid == "" {
			continue
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO group_records (group_id, record_id, linked_at, linked_by)
			VALUES (?,?,?,?) ON CONFLICT DO NOTHING`, r.gid, r.record, r.at, r.by); err != nil {
			return err
		}
	}
	return nil
}

// partID returns the group ID of the part holding claim id, a new one for
// a part not met before.
func partID(parts *unionFind, ids map[string]string, id string) (string, error) {
	root := parts.find(id)
	if gid, ok := ids[root]; ok {
		return gid, nil
	}
	gid, err := newID()
	ids[root] = gid
	return gid, err
}

// joinClaimLinks joins in parts the two claims of every link between
// claims that touches a claim of group g.
func joinClaimLinks(ctx context.Context, tx *Tx, g string, parts *unionFind) error {
	rows, err := tx.QueryContext(ctx, `SELECT claim_id, target_id FROM group_links WHERE target_kind = 'claim'
		AND (claim_id IN (SELECT claim_id FROM claim_groups WHERE group_id = ?)
		OR target_id IN (SELECT claim_id FROM claim_groups WHERE group_id = ?))`, g, g)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var a, b string
		if err := rows.Scan(&a, &b); err != nil {
			return err
		}
		parts.union(a, b)
	}
	return rows.Err()
}

// unionFind keeps which claims are connected.
type unionFind struct{ parent map[string]string }

// newUnionFind returns a unionFind in which every claim is alone.
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
