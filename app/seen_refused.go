package app

import (
	"errors"
	"fmt"

	"fyne.io/fyne/v2/lang"

	"claimdesk/claims"
)

// refusedLinkText explains, in the interface language, a link refused
// because it would make a pair that a checker dismissed as not the same
// the same through the claims already linked (claims.DismissedInGroupFormat):
// the two sides by their text rather than their IDs, who dismissed them and
// when, and where that dismissal is taken back. It returns "" for any other
// error (shown as errors are). It reads the store: call it off the UI
// goroutine.
func (u *ui) refusedLinkText(err error) string {
	var e *claims.Error
	if !errors.As(err, &e) || e.Format != claims.DismissedInGroupFormat || len(e.Args) < 5 {
		return ""
	}
	a, _ := e.Args[0].(string)
	b, _ := e.Args[2].(string)
	by, _ := e.Args[3].(string)
	when, _ := e.Args[4].(string)
	first, other := a, b
	if c, err := u.svc.Claims.FindClaimByID(u.ctx(), a); err == nil {
		first = c.Text
	}
	if ds, err := u.svc.Archives.Dismissals(u.ctx(), a); err == nil {
		for _, d := range ds {
			if d.TargetID == b && d.Text != "" {
				other = d.Text
			}
		}
	}
	return fmt.Sprintf(lang.L("%s dismissed “%s” as not the same as “%s” (%s). This link would make the two the same through the claims already linked, so it was not made. If they are the same after all, open “%s”, take that dismissal back (Seen before, Dismissed as not the same, Suggest again) and link again."),
		by, clipConflict(first), clipConflict(other), when, clipConflict(first))
}
