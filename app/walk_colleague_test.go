package app

import (
	"context"

	"claimdesk/claims"
)

// colleagueSaves is another checker on the same database saving the claim
// the editor shows (a verdict, a rationale or a status), as on a shared
// server; the window then hears of it as its watch would (watch.go). With
// the editor's own unsaved edits this leads to an edit conflict on the next
// save.
func (w *walker) colleagueSaves() {
	e := w.shell().claims.editor
	if e.claim == nil {
		return
	}
	var upd claims.ClaimUpdate
	switch w.pick(3) {
	case 0:
		if len(e.ratings) == 0 {
			return
		}
		r := e.ratings[w.pick(len(e.ratings))].ID
		upd.RatingID = &r
	case 1:
		s := w.words(4)
		upd.Rationale = &s
	default:
		st := claims.Statuses[w.pick(len(claims.Statuses))]
		upd.Status = &st
	}
	ben := claims.WithActor(context.Background(), "ben")
	if _, err := w.f.svc.Claims.UpdateClaim(ben, e.claim.ID, upd); err != nil && claims.ErrorCode(err) != claims.ENOTFOUND {
		w.fail("the colleague's save: %v", err)
	}
	w.do(w.f.u.othersChanged)
}

// noteVerdictChosen records a verdict the walker chose in the editor for the
// claim it shows.
func (w *walker) noteVerdictChosen() {
	e := w.shell().claims.editor
	if e.claim == nil {
		return
	}
	if w.chosen == nil {
		w.chosen = map[string]map[string]bool{}
	}
	if w.chosen[e.claim.ID] == nil {
		w.chosen[e.claim.ID] = map[string]bool{}
	}
	w.chosen[e.claim.ID][e.selectedRating()] = true
}

// checkVerdictShown: an editor with unsaved edits shows the verdict stored,
// the one of the version it was opened on (or rebased to), or one the
// walker chose for this claim; never one nobody chose, which the next save
// would store.
func (w *walker) checkVerdictShown(stored *claims.Claim) {
	e := w.shell().claims.editor
	shown := e.selectedRating()
	if shown == stored.RatingID || shown == e.claim.RatingID || w.chosen[e.claim.ID][shown] {
		return
	}
	w.fail("the editor shows verdict %q for %q: stored %q, opened on %q, the walker chose %v",
		shown, e.claim.Text, stored.RatingID, e.claim.RatingID, w.chosen[e.claim.ID])
}
