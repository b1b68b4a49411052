package app

import (
	"context"

	"fyne.io/fyne/v2/lang"

	"claimdesk/claims"
)

// A or Enter in the reader's suggestions makes a claim at one key, so a
// stray or wrong key makes one too. The status line that says "Claim
// created" therefore offers Undo beside Open in editor: it deletes the
// claim just made — only while nobody has changed it since (its history is
// its creation alone, no evidence, no unsaved edits in the editor); else it
// says so and the claim stays.
// The history keeps both steps, created and deleted.

// offerUndo shows Undo for claimID, the claim just made (storeClaim);
// setStatus hides it again.
func (r *readerView) offerUndo(claimID string) {
	r.undoClaim = claimID
	r.undoBtn.Show()
}

// onUndoLast deletes the claim made last, if unchanged since.
func (r *readerView) onUndoLast() {
	id := r.undoClaim
	if id == "" {
		return
	}
	if e := r.editor(); e != nil && e.claimID() == id && e.dirty {
		// the checker is changing it in the editor: that is a change too
		r.setStatus(lang.L("The claim was changed since it was made, so it stays; delete it in the editor if it is not wanted."), id)
		return
	}
	r.undoBtn.Disable() // one tap: the claim is gone or stays
	text := ""
	for _, c := range r.claims {
		if c.ID == id {
			text = c.Text
		}
	}
	var err error
	var changed bool
	svc, ctx := r.u.svc, r.u.ctx()
	r.u.background(func() {
		if changed, err = changedSinceMade(ctx, svc, id); err == nil && !changed {
			err = svc.Claims.DeleteClaim(ctx, id)
		}
	}, func() {
		r.undoBtn.Enable()
		switch {
		case claims.ErrorCode(err) == claims.ENOTFOUND:
			r.dropClaim(id)
			r.setStatus(lang.L("The claim was deleted already."), "")
		case err != nil:
			r.u.showError("The claim could not be taken back.", err)
		case changed:
			r.setStatus(lang.L("The claim was changed since it was made, so it stays; delete it in the editor if it is not wanted."), id)
		default:
			r.dropClaim(id)
			r.setStatus(lang.L("Claim taken back: {{.Text}}", map[string]any{"Text": text}), "")
		}
	})
}

// dropClaim forgets a claim deleted from the reader and tells the views.
func (r *readerView) dropClaim(id string) {
	kept := r.claims[:0]
	for _, c := range r.claims {
		if c.ID != id {
			kept = append(kept, c)
		}
	}
	r.claims = kept
	r.recompute(false)
	if e := r.editor(); e != nil && e.claimID() == id && !e.dirty {
		e.clear() // it showed the claim just taken back
	}
	r.u.seenCache().drop()
	if r.onClaimsChanged != nil {
		r.onClaimsChanged()
	}
}

// editor returns the claim editor of the window, nil before it is built.
func (r *readerView) editor() *claimEditor {
	if r.u.shell == nil || r.u.shell.claims == nil {
		return nil
	}
	return r.u.shell.claims.editor
}

// changedSinceMade reports whether anything happened to the claim after
// it was made: an event of its history later than its creation's, or
// evidence linked to it.
func changedSinceMade(ctx context.Context, svc claims.Services, id string) (bool, error) {
	c, err := svc.Claims.FindClaimByID(ctx, id)
	if err != nil {
		return false, err
	}
	if !c.UpdatedAt.Equal(c.CreatedAt) {
		return true, nil
	}
	evs, err := svc.History.ClaimHistory(ctx, id)
	if err != nil {
		return false, err
	}
	for _, e := range evs {
		if !e.At.Equal(evs[0].At) {
			return true, nil
		}
	}
	ev, err := svc.Evidence.FindEvidence(ctx, claims.EvidenceFilter{ClaimID: &id})
	return len(ev) > 0, err
}
