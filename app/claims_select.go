package app

import "claimdesk/claims"

// The claims list and the claim editor stay in step: the list marks the
// claim the editor shows, or no row (then a note says when the filters
// leave the claim out), and a save changes its row in place.

// keepRow puts the saved claim c in place of its row, if it is listed.
func (v *claimsView) keepRow(c *claims.Claim) {
	for p, page := range v.pages {
		for i, x := range page {
			if x.ID == c.ID {
				page[i] = c
				v.stable = true
				v.list.RefreshItem(p*claimPageSize + i)
			}
		}
	}
}

// rowOf returns the list row of claim id among the loaded pages, or -1.
func (v *claimsView) rowOf(id string) int {
	if id == "" {
		return -1
	}
	for p, page := range v.pages {
		for i, c := range page {
			if c.ID == id {
				return p*claimPageSize + i
			}
		}
	}
	return -1
}

// allLoaded reports whether every row of the list is in the loaded pages.
func (v *claimsView) allLoaded() bool {
	for p := 0; p*claimPageSize < v.total; p++ {
		if _, ok := v.pages[p]; !ok {
			return false
		}
	}
	return true
}

// markEditorClaim selects the row of the claim in the editor, or no row
// when it is not listed: the list never marks another claim than the
// editor shows. When the filters leave the claim out, a note says so.
func (v *claimsView) markEditorClaim() {
	if v.list == nil {
		return
	}
	id := v.editor.claimID()
	if row := v.rowOf(id); row >= 0 {
		v.list.Select(row) // onSelected ignores the claim already open
		v.hidden.Hide()
		return
	}
	v.list.UnselectAll()
	v.hidden.Hidden = id == "" || !v.allLoaded()
	v.hidden.Refresh()
}
