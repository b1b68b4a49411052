package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// seenUndoItem is a dismissal (or, linked, a link) made in the Seen
// before tab.
type seenUndoItem struct {
	claimID, kind, targetID, text string
	linked                        bool
	copied                        *copiedVerdict // what the link changed in the claim (seen_undo_verdict.go)
}

// seenUndo is the bar of the Seen before tab that follows "Not the same"
// and "Link (same claim)": what was just dismissed or linked, and Undo,
// which takes it back (as Ctrl+Z does while the tab is shown and no text
// field has the focus). Each Undo takes back the newest dismissal or link
// made in the tab for the claim shown; the bar goes when there is none
// left or another claim is shown. A verdict the link copied goes back to
// the one before while the claim is unchanged since (seen_undo_verdict.go).
// Only the UI goroutine touches it.
type seenUndo struct {
	items  []seenUndoItem // newest last
	bar    *fyne.Container
	label  *widget.Label
	button *widget.Button
}

// content returns the bar, hidden until a dismissal is made.
func (d *seenUndo) content(p *seenPane) fyne.CanvasObject {
	d.label = &widget.Label{Wrapping: fyne.TextWrapWord}
	d.button = &widget.Button{Text: lang.L("Undo"), Icon: theme.ContentUndoIcon(), OnTapped: p.u.safe("Undo", p.undoLast)}
	d.bar = border(nil, nil, nil, container.NewCenter(d.button), d.label)
	d.bar.Hide()
	return d.bar
}

// push remembers a dismissal or link just made and shows it in the bar.
func (d *seenUndo) push(it seenUndoItem) {
	d.items = append(d.items, it)
	d.refresh()
}

// pop takes the newest dismissal or link off the bar; ok is false when
// there is none.
func (d *seenUndo) pop() (it seenUndoItem, ok bool) {
	if len(d.items) == 0 {
		return it, false
	}
	it = d.items[len(d.items)-1]
	d.items = d.items[:len(d.items)-1]
	d.refresh()
	return it, true
}

// forget drops a dismissal (linked: a link) taken back some other way
// (the lists of dismissed and linked pairs).
func (d *seenUndo) forget(claimID, kind, targetID string, linked bool) {
	kept := d.items[:0]
	for _, it := range d.items {
		if it.claimID != claimID || it.kind != kind || it.targetID != targetID || it.linked != linked {
			kept = append(kept, it)
		}
	}
	d.items = kept
	d.refresh()
}

// keepStanding forgets the dismissals and links that are no longer there
// — taken back or replaced elsewhere since (another checker; a link that
// removed the dismissal), or whose other side was deleted — so that Undo
// never tries to take back what is gone, which failed with an error. links and gone are the claim's pairs
// as the store holds them now.
func (d *seenUndo) keepStanding(links []*claims.PairLink, gone []*claims.Dismissal) {
	standing := map[string]bool{}
	for _, l := range links {
		standing["linked "+claims.TargetKey(l.Kind, l.TargetID)] = true
	}
	for _, g := range gone {
		if g.Text != "" { // the other side is still there (seenDismissed.row)
			standing["dismissed "+claims.TargetKey(g.Kind, g.TargetID)] = true
		}
	}
	kept := d.items[:0]
	for _, it := range d.items {
		what := "dismissed "
		if it.linked {
			what = "linked "
		}
		if standing[what+claims.TargetKey(it.kind, it.targetID)] {
			kept = append(kept, it)
		}
	}
	d.items = kept
	d.refresh()
}

// clear forgets every dismissal (another claim is shown).
func (d *seenUndo) clear() {
	d.items = nil
	d.refresh()
}

// refresh shows the newest dismissal or link, or hides the bar.
func (d *seenUndo) refresh() {
	if d.bar == nil {
		return
	}
	if len(d.items) == 0 {
		d.bar.Hide()
		return
	}
	it := d.items[len(d.items)-1]
	msg := lang.L("Dismissed as not the same: “%s”")
	if it.linked {
		msg = lang.L("Linked as the same claim: “%s”")
	}
	d.label.SetText(fmt.Sprintf(msg, oneLine(it.text, 160)))
	d.bar.Show()
}

// undoLast takes back the newest dismissal or link made in the tab, if
// any.
func (p *seenPane) undoLast() {
	it, ok := p.undo.pop()
	switch {
	case !ok:
	case it.linked && it.copied != nil:
		p.unlinkRestoring(it)
	case it.linked:
		p.unlink(it.claimID, it.kind, it.targetID)
	default:
		p.undismiss(it.claimID, it.kind, it.targetID)
	}
}

// undo is Ctrl+Z for the window: in the reader it takes back the claim
// just made (while Undo is offered), else it is undoSeen.
func (s *shell) undo() {
	if s.currentKey() == viewArticles && s.articles != nil {
		if r := s.articles.reader; r != nil && r.undoClaim != "" {
			r.onUndoLast()
		}
		return
	}
	s.undoSeen()
}

// undoSeen is Ctrl+Z for the window: it takes back the newest "Not the
// same" or link when the claims view shows the Seen before tab. A text field that
// has the focus gets Ctrl+Z itself (Fyne gives shortcuts to the focused
// widget first) and undoes its own typing.
func (s *shell) undoSeen() {
	if s.claims == nil || s.currentKey() != viewClaims {
		return
	}
	e := s.claims.editor
	if e == nil || e.tabs == nil || e.tabs.Selected() != e.seenTab || e.claim == nil {
		return
	}
	e.seen.undoLast()
}
