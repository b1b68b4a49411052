package app

import (
	"sync"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// seenChecks maps a claims view to its "has an earlier check" box, so that
// the box needs no field in claimsView.
var seenChecks sync.Map

// seenFilterCheck returns the claims list's "Has an earlier check" filter
// box (hooked into the More filters of claims_list.go).
func seenFilterCheck(v *claimsView) *widget.Check {
	c := widget.NewCheck(lang.L("Has an earlier check"), func(bool) { v.onFilter() })
	seenChecks.Store(v, c)
	return c
}

// applySeenFilter adds the box's choice to the filter (hooked into
// onFilter in claims_filter.go).
func applySeenFilter(v *claimsView, f *claims.ClaimFilter) {
	if c, ok := seenChecks.Load(v); ok && c.(*widget.Check).Checked {
		yes := true
		f.EarlierCheck = &yes
	}
}
