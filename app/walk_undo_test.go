package app

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"claimdesk/claims"
)

// undoClaim takes back the claim the reader just made, by its Undo button
// or by Ctrl+Z with no field focused. The claim must then be gone exactly
// when nothing had changed it: no later history, no evidence, no unsaved
// edits in the editor (reader_undo.go).
func (w *walker) undoClaim() {
	s := w.shell()
	r := s.articles.reader
	id := r.undoClaim
	if id == "" || !r.undoBtn.Visible() || w.f.win().Canvas().Overlays().Top() != nil {
		return
	}
	ctx := context.Background()
	changed, err := changedSinceMade(ctx, w.f.svc, id)
	if err != nil {
		return // deleted meanwhile
	}
	e := s.claims.editor
	edited := e.claimID() == id && e.dirty
	byKey := w.pick(2) == 0
	w.note("undo %s (changed %v, unsaved edits %v, Ctrl+Z %v)", id, changed, edited, byKey)
	w.do(func() {
		s.show(viewArticles)
		if !byKey {
			test.Tap(r.undoBtn)
			return
		}
		c := w.f.win().Canvas()
		c.Unfocus()
		c.(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutUndo{})
	})
	_, err = w.f.svc.Claims.FindClaimByID(ctx, id)
	if gone := claims.ErrorCode(err) == claims.ENOTFOUND; gone == (changed || edited) {
		w.fail("Undo in the reader: claim gone %v, changed since it was made %v, unsaved edits %v", gone, changed, edited)
	}
}
