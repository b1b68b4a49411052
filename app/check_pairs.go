package app

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2/lang"
)

// bothPairs is what the start-up check found of pairs both linked as the
// same claim and dismissed as not the same: a database written before Link
// and Dismiss were serialised may hold some (claimctl check lists them).
// The Seen before tab of either claim flags the pair and says which button
// keeps which (seenDismissed.fill); the status line says where to look.
type bothPairs struct {
	n     int    // how many pairs
	first string // the text of the first pair's claim, "" if unknown
}

// findBothPairs reads the pairs both linked and dismissed; nothing when
// they cannot be read (the quick check reports damage on its own). Call it
// off the UI goroutine.
func (u *ui) findBothPairs(ctx context.Context) bothPairs {
	ps, err := u.svc.Archives.LinkedAndDismissed(ctx)
	if err != nil || len(ps) == 0 {
		return bothPairs{}
	}
	b := bothPairs{n: len(ps)}
	if c, err := u.svc.Claims.FindClaimByID(ctx, ps[0].ClaimID); err == nil {
		b.first = c.Text
	}
	return b
}

// status returns the status line for the pairs found, "" for none.
func (b bothPairs) status() string {
	switch {
	case b.n == 0:
		return ""
	case b.first == "":
		return fmt.Sprintf(lang.L("Database checked: %d pair(s) both linked and dismissed (claimctl check lists them)"), b.n)
	}
	return fmt.Sprintf(lang.L("Database checked: %d pair(s) both linked and dismissed; see Seen before of “%s”"), b.n, oneLine(b.first, 40))
}

// showBothPairs shows the pairs found in the status line, remembering the
// text so that recheckBothPairs knows it is still there; false when there
// is none to show.
func (u *ui) showBothPairs(b bothPairs) bool {
	text := b.status()
	u.bothStatus = text
	if text == "" {
		return false
	}
	u.shell.showStatus(text)
	return true
}

// recheckBothPairs counts the pairs again while the status line still
// tells of them (the checker may just have resolved one in the Seen before
// tab), so that it does not go on naming pairs that are no longer there.
func (u *ui) recheckBothPairs() {
	if u.bothStatus == "" || u.shell == nil || !strings.HasPrefix(u.shell.location.Text, u.bothStatus) {
		return
	}
	var b bothPairs
	u.background(func() { b = u.findBothPairs(u.ctx()) }, func() {
		if u.bothStatus == "" || !strings.HasPrefix(u.shell.location.Text, u.bothStatus) {
			return
		}
		if !u.showBothPairs(b) {
			u.shell.setStatus("Database checked: no damage found")
		}
	})
}
