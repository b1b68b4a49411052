package app

import (
	"errors"
	"slices"
	"strings"

	"fyne.io/fyne/v2/lang"

	"claimdesk/claims"
)

// draft is what the editor fields say, read on the UI goroutine.
type draft struct {
	claims.Claim
}

// readFields reads the editor into a draft; a malformed date is EINVALID.
func (e *claimEditor) readFields() (*draft, error) {
	d := &draft{}
	d.Text = e.text.trimmed() // whole when shown cut (entry_long.go)
	d.Claimant = strings.TrimSpace(e.claimant.Text)
	t, err := parseDate(e.date.Text)
	if err != nil {
		return nil, err
	}
	d.ClaimDate = t
	if i := e.status.SelectedIndex(); i >= 0 {
		d.Status = claims.Statuses[i]
	}
	d.RatingID = e.selectedRating()
	d.Conclusion = strings.TrimSpace(e.conclusion.Text)
	d.Rationale = e.rationale.trimmed()
	d.Tags = splitTags(e.tags.Text)
	return d, nil
}

// update returns the changes of d against the stored claim c.
func (d *draft) update(c *claims.Claim) (claims.ClaimUpdate, bool) {
	var u claims.ClaimUpdate
	n := 0
	if d.Text != c.Text {
		u.Text, n = &d.Text, n+1
	}
	if d.Claimant != c.Claimant {
		u.Claimant, n = &d.Claimant, n+1
	}
	if !d.ClaimDate.Equal(c.ClaimDate) {
		u.ClaimDate, n = &d.ClaimDate, n+1
	}
	if d.Status != c.Status {
		u.Status, n = &d.Status, n+1
	}
	// A rating and a conclusion exclude each other: send the one that changed.
	if d.RatingID != c.RatingID && (d.RatingID != "" || d.Conclusion == c.Conclusion) {
		u.RatingID, n = &d.RatingID, n+1
	} else if d.Conclusion != c.Conclusion {
		u.Conclusion, n = &d.Conclusion, n+1
	}
	if d.Rationale != c.Rationale {
		u.Rationale, n = &d.Rationale, n+1
	}
	if !slices.Equal(d.Tags, c.Tags) {
		u.Tags, n = &d.Tags, n+1
	}
	return u, n > 0
}

// saveThen stores the edits in the background; after a successful save it
// runs next (may be nil). On failure the fields keep what was typed.
func (e *claimEditor) saveThen(next func()) {
	if !e.dirty && !e.isNew {
		if next != nil {
			next()
		}
		return
	}
	d, err := e.readFields()
	if err != nil {
		e.shown() // the editor keeps its claim: the list marks it again
		if !e.notes.show("date", err) {
			e.u.showError("The claim could not be saved.", err)
		}
		return
	}
	var saved *claims.Claim
	ctx := e.u.ctx()
	e.save.Disable()
	if e.isNew {
		c := d.Claim
		if c.RatingID != "" {
			c.Conclusion = ""
		}
		c.Status = claims.NewClaimStatus(&c) // a verdict moves a new claim on
		e.u.background(func() {
			if err = e.u.svc.Claims.CreateClaim(ctx, &c); err == nil {
				saved = &c
			}
		}, func() { e.afterSave(saved, err, next) })
		return
	}
	upd, changed := d.update(e.claim)
	upd.BasedOn = claims.ClaimVersion(e.claim) // another checker's save in between is a conflict
	if !changed {
		e.dirty = false
		e.showState()
		e.reloadIfClean() // as Revert: another checker may have saved meanwhile
		if next != nil {
			next()
		}
		return
	}
	id := e.claim.ID
	e.u.background(func() {
		saved, err = e.u.svc.Claims.UpdateClaim(ctx, id, upd)
	}, func() {
		var ec *claims.EditConflict
		if errors.As(err, &ec) && e.claim != nil && ec.Current.ID == id {
			e.rebase(ec.Current, upd)
		}
		e.afterSave(saved, err, next)
	})
}

// afterSave shows the outcome of a save on the UI goroutine.
func (e *claimEditor) afterSave(saved *claims.Claim, err error, next func()) {
	if err != nil {
		e.showState()
		e.shown() // the editor keeps its claim: the list marks it again
		if !e.notes.show("", err) {
			e.u.showError("The claim could not be saved.", err)
		}
		return
	}
	wasNew := e.isNew
	e.u.seenCache().drop() // a verdict makes the claim an earlier check (seen.go)
	e.show(saved)
	if !wasNew && e.onSaved != nil {
		e.onSaved(saved)
	}
	if e.u.shell != nil {
		e.u.shell.setStatus("Saved")
	}
	if e.u.changed != nil {
		e.u.changed()
	}
	if next != nil {
		next()
	}
}

// longClaimText is the length (bytes) above which the editor does not put a
// claim's text (nor a rationale, excerpt or source notes: entry_long.go)
// into its text field. Fyne wraps a field's text by measuring
// it again and again, so the time grows with the square of its length: a
// claim of 37,000 characters took 0.7 s to open, one of 200,000 minutes,
// the window frozen meanwhile (a "sentence" of a long text without full
// stops, taken as a claim; or a claim from a bundle). Unwrapped, the GL
// driver drew such a line as a black bar. Real claims are far shorter.
const longClaimText = 10000

// reloadIfClean shows the stored version of the claim again when it
// changed elsewhere (another checker on the shared server, an exchange
// bundle) and nothing in the editor is unsaved: the list would show the new
// verdict beside an editor still showing the old one. A claim deleted
// elsewhere leaves the editor empty. With unsaved edits the editor stays
// as it is; the next save tells of the conflict (rebase).
func (e *claimEditor) reloadIfClean() {
	if e.claim == nil || e.isNew || e.dirty {
		return
	}
	id, version := e.claim.ID, claims.ClaimVersion(e.claim)
	var c *claims.Claim
	var err error
	e.u.background(func() {
		c, err = e.u.svc.Claims.FindClaimByID(e.u.ctx(), id)
	}, func() {
		if e.claim == nil || e.claim.ID != id || e.dirty {
			return // another claim is shown now, or edits began meanwhile
		}
		switch {
		case claims.ErrorCode(err) == claims.ENOTFOUND:
			e.clear()
			if e.u.shell != nil {
				e.u.shell.setStatus("The claim shown was deleted elsewhere")
			}
		case err != nil:
			// the status line says when the server is gone; the editor keeps what it shows
		case claims.ClaimVersion(c) != version:
			e.show(c)
		}
	})
}

// onDelete asks, then deletes the claim with its evidence; the history stays.
func (e *claimEditor) onDelete() {
	if e.claim == nil {
		return
	}
	id := e.claim.ID
	e.u.askText(lang.L("Delete claim?"),
		lang.L("The claim and its evidence links are deleted. Its history is kept."),
		cancelAnswer(nil), answer{label: lang.L("Delete"), kind: destroys, run: func() {
			var err error
			e.u.background(func() {
				err = e.u.svc.Claims.DeleteClaim(e.u.ctx(), id)
			}, func() {
				if err != nil {
					e.u.showError("The claim could not be deleted.", err)
					return
				}
				e.u.seenCache().drop() // seen.go
				e.clear()
				if e.u.changed != nil {
					e.u.changed()
				}
			})
		}})
}

// clear empties the editor and shows the hint.
func (e *claimEditor) clear() {
	e.claim, e.isNew, e.dirty = nil, false, false
	e.body.Hide()
	e.hint.Show()
	e.shown()
}

// onOpenArticle shows the claim's article in the reader.
func (e *claimEditor) onOpenArticle() {
	if e.claim == nil || e.claim.ArticleID == "" || e.u.openArticle == nil {
		return
	}
	id := e.claim.ArticleID
	e.guard(func() { e.u.openArticle(id) })
}

// rebase shows the version another checker saved with this checker's
// unsaved changes (upd) on top, still unsaved: fields only the other
// checker changed take their value, Revert shows their version, and Save
// applies upd to it.
func (e *claimEditor) rebase(current *claims.Claim, upd claims.ClaimUpdate) {
	merged := *current
	applyUpdate(&merged, upd)
	e.fill(&merged)
	e.claim, e.dirty = current, true
	e.history.show(current.ID)
}

// applyUpdate sets the fields of c that u sets, as UpdateClaim would.
func applyUpdate(c *claims.Claim, u claims.ClaimUpdate) {
	set := func(dst *string, v *string) {
		if v != nil {
			*dst = *v
		}
	}
	set(&c.Text, u.Text)
	set(&c.Claimant, u.Claimant)
	set(&c.Rationale, u.Rationale)
	if u.ClaimDate != nil {
		c.ClaimDate = *u.ClaimDate
	}
	if u.Status != nil {
		c.Status = *u.Status
	}
	if u.RatingID != nil {
		c.RatingID, c.Conclusion = *u.RatingID, ""
	}
	if u.Conclusion != nil {
		c.Conclusion = *u.Conclusion
		if *u.Conclusion != "" {
			c.RatingID = ""
		}
	}
	if u.Tags != nil {
		c.Tags = *u.Tags
	}
}
