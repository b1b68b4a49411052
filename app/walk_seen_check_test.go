package app

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// checkSeenInvariants checks what must hold after every step of the Seen
// before walk: no pair is both linked and dismissed; the tab offers no match
// dismissed for, linked to or in the group of its claim; its two headings
// count what the store holds; a verdict changed only where the step copied
// one, and then to the target's.
func (w *seenWalker) checkSeenInvariants() {
	ctx := context.Background()
	a := w.archives()
	both, err := a.LinkedAndDismissed(ctx)
	if err != nil {
		w.fail("LinkedAndDismissed: %v", err)
	}
	for _, b := range both {
		w.fail("%s and %s %s are both linked and dismissed: %+v", w.name(b.ClaimID), b.Kind, w.name(b.TargetID), *b)
	}
	w.checkVerdicts()
	w.checkInvariants() // the whole window's (walk_test.go): the editor and the list show what the store holds
	p := w.pane()
	if p == nil {
		return
	}
	w.checkUndoBar(p)
	if n := len(w.offered(p)); n > 0 && !strings.Contains(p.status.Text, formatCount(n)) {
		w.fail("the tab offers %d matches and says %q", n, p.status.Text)
	}
	known := w.known(p.claimID)
	for _, row := range w.offered(p) {
		t := w.rowTarget(row)
		if t == nil {
			w.fail("the tab offers %q, which is no earlier check", matchRowText(row))
		}
		if why := known[claims.TargetKey(t.Kind, t.ID)]; why != "" || (t.Kind == claims.TargetClaim && t.ID == p.claimID) {
			w.fail("the tab of %s offers %s, which is %s", w.name(p.claimID), w.targetName(t), why)
		}
	}
	links, err := a.Links(ctx, p.claimID)
	if err != nil {
		w.fail("Links: %v", err)
	}
	gone, err := a.Dismissals(ctx, p.claimID)
	if err != nil {
		w.fail("Dismissals: %v", err)
	}
	w.checkHeading(&p.linked.seenFold, "Linked as the same (%d)", len(links))
	w.checkHeading(&p.gone.seenFold, "Dismissed as not the same (%d)", len(gone))
}

// checkUndoBar: the bar offers to undo only a dismissal or link that the
// store still holds.
func (w *seenWalker) checkUndoBar(p *seenPane) {
	if p.undo.bar.Hidden {
		return
	}
	if len(p.undo.items) == 0 {
		w.fail("the Undo bar is shown with nothing to undo: %q", p.undo.label.Text)
	}
	it := p.undo.items[len(p.undo.items)-1]
	why := w.known(it.claimID)[claims.TargetKey(it.kind, it.targetID)]
	if (it.linked && why != "linked to it") || (!it.linked && why != "dismissed for it") {
		w.fail("the Undo bar offers %q; the pair is %q", p.undo.label.Text, why)
	}
}

// checkHeading: a folded list is hidden with nothing to list, else its
// heading counts n.
func (w *seenWalker) checkHeading(g *seenFold, format string, n int) {
	switch {
	case n == 0 && !g.acc.Hidden:
		w.fail("the tab shows %q, the store holds none", g.item.Title)
	case n > 0 && g.acc.Hidden:
		w.fail("the tab hides %q, the store holds %d", format, n)
	case n > 0 && g.item.Title != fmt.Sprintf(lang.L(format), n):
		w.fail("the tab shows %q, the store holds %d", g.item.Title, n)
	}
}

// known returns why each target is no match for claimID: dismissed, linked
// or in its group, by claims.TargetKey.
func (w *seenWalker) known(claimID string) map[string]string {
	ctx := context.Background()
	a := w.archives()
	out := map[string]string{}
	g, err := a.Group(ctx, claimID)
	if err != nil {
		w.fail("Group: %v", err)
	}
	for _, id := range g.ClaimIDs {
		out[claims.TargetKey(claims.TargetClaim, id)] = "in its group"
	}
	for _, id := range g.RecordIDs {
		out[claims.TargetKey(claims.TargetRecord, id)] = "in its group"
	}
	ls, err := a.Links(ctx, claimID)
	if err != nil {
		w.fail("Links: %v", err)
	}
	for _, l := range ls {
		out[claims.TargetKey(l.Kind, l.TargetID)] = "linked to it"
	}
	ds, err := a.Dismissed(ctx, claimID)
	if err != nil {
		w.fail("Dismissed: %v", err)
	}
	for k := range ds {
		out[k] = "dismissed for it"
	}
	return out
}

// verdicts returns every claim's rating and conclusion.
func (w *seenWalker) verdicts() map[string][2]string {
	out := map[string][2]string{}
	for _, id := range w.ids {
		c, err := w.f.svc.Claims.FindClaimByID(context.Background(), id)
		if err != nil {
			w.fail("claim %s: %v", id, err)
		}
		out[id] = [2]string{c.RatingID, c.Conclusion}
	}
	return out
}

// checkVerdicts: a claim's verdict changed only when the step copied one
// into it, and then to the target's, or when its Undo took back a link
// that copied one, and then to the verdict before that link.
func (w *seenWalker) checkVerdicts() {
	for id, now := range w.verdicts() {
		was, ok := w.before[id]
		if now == was || !ok { // !ok: written by the step
			continue
		}
		if u := w.undone; u != nil && u.claimID == id && now == u.back {
			continue // Undo took back the link and the verdict it copied
		}
		if w.copied == nil || w.copied.claimID != id {
			w.fail("the verdict of %s changed from %q to %q, nothing was copied into it", w.name(id), was, now)
		}
		// a verdict is a rating or a conclusion: the target's replaces
		// the claim's
		t := w.copied.target
		want := [2]string{t.RatingID, ""}
		if t.RatingID == "" {
			want[1] = t.Verdict
		}
		if now != want {
			w.fail("copying the verdict of %s into %s gave %q, want %q", w.targetName(t), w.name(id), now, want)
		}
	}
}

// archives returns the store's archive service.
func (w *seenWalker) archives() claims.ArchiveService { return w.f.svc.Archives }

// targets returns every earlier check the store holds.
func (w *seenWalker) targets() []*claims.MatchTarget {
	ts, err := w.archives().MatchTargets(context.Background())
	if err != nil {
		w.fail("MatchTargets: %v", err)
	}
	return ts
}

// rowTarget returns the earlier check a row of matches shows, by its
// text (the walk's texts differ), or nil.
func (w *seenWalker) rowTarget(row fyne.CanvasObject) *claims.MatchTarget {
	text := matchRowText(row)
	for _, t := range w.targets() {
		if oneLine(t.Text, 400) == text {
			return t
		}
	}
	return nil
}

// matchRowText returns the claim a row of matches shows (its second line).
func matchRowText(row fyne.CanvasObject) string {
	if c, ok := row.(*fyne.Container); ok && len(c.Objects) > 1 {
		if l, ok := c.Objects[1].(*widget.Label); ok {
			return l.Text
		}
	}
	return ""
}

// name names a desk claim for the trace as c0…c5, else the ID.
func (w *seenWalker) name(id string) string {
	for i, c := range w.ids {
		if c == id {
			return fmt.Sprintf("c%d", i)
		}
	}
	for _, t := range w.targets() {
		if t.ID == id {
			return w.targetName(t)
		}
	}
	return id
}

// targetName names an earlier check for the trace.
func (w *seenWalker) targetName(t *claims.MatchTarget) string {
	if t == nil {
		return "?"
	}
	if t.Kind == claims.TargetClaim {
		return w.name(t.ID)
	}
	return "record “" + oneLine(t.Text, 30) + "”"
}

// containsAny reports whether s contains one of subs.
func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
