package app

import (
	"context"

	"claimdesk/claims"
)

// watchChanges keeps the window current when the data lives on a shared
// server (svc.Watch set): other checkers' changes reload the lists and the
// earlier checks of "Seen before", and a lost server is said in the status
// line (and again when it is back). It runs until ctx ends; with a local
// file it does nothing.
func (u *ui) watchChanges(ctx context.Context) {
	if u.svc.Watch == nil {
		return
	}
	go u.svc.Watch.WatchChanges(ctx, func(c claims.Change) {
		doUI(func() {
			if u.shell == nil {
				return
			}
			if c.Err != nil {
				u.shell.setStatus("The database server cannot be reached: nothing can be saved until it is back")
				return
			}
			if len(c.Kinds) == 0 {
				u.shell.setStatus("Connected to the database server again")
			}
			u.othersChanged()
		})
	})
}

// othersChanged brings the window up to date after other checkers changed
// records: the earlier checks of "Seen before" (their verdicts are earlier
// checks, seen.go), the lists, and the claim in the editor when nothing in
// it is unsaved (reloadIfClean).
func (u *ui) othersChanged() {
	u.seenChanged()
	u.changed()
	u.shell.claims.editor.reloadIfClean()
}
