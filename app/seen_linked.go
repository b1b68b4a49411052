package app

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// seenLinked is the part of the Seen before tab below the matches that
// lists the links made to or from the claim — folded, under "Linked as the
// same (N)" — each with who linked it and when, and Not the same after
// all, which takes that link back (in the history, naming whose link it
// was); other links of the group stay (docs/seen-before.md). Hidden when
// there is none.
type seenLinked struct {
	seenFold
	rows []*claims.PairLink // as shown, newest first
}

// fill shows the links of the pane's claim, keeping the list open or
// folded as it was. A link whose pair is dismissed too (dismissed, by
// claims.TargetKey; see seenDismissed.fill) says so.
func (g *seenLinked) fill(p *seenPane, ls []*claims.PairLink, dismissed map[string]bool) {
	g.rows = ls
	rows := make([]fyne.CanvasObject, 0, len(ls))
	for _, l := range ls {
		rows = append(rows, g.row(p, l, dismissed[claims.TargetKey(l.Kind, l.TargetID)]))
	}
	g.show(fmt.Sprintf(lang.L("Linked as the same (%d)"), len(ls)), rows)
}

// alsoDismissed is what a linked row says when the pair is dismissed too.
const alsoDismissed = "Also dismissed as not the same: it cannot be both. Not the same after all keeps the dismissal; Suggest again under Dismissed as not the same keeps the link."

// row shows one linked pair; dismissed: the pair is dismissed too.
func (g *seenLinked) row(p *seenPane, l *claims.PairLink, dismissed bool) fyne.CanvasObject {
	meta := lang.L("linked before who and when were recorded")
	if !l.At.IsZero() {
		meta = fmt.Sprintf(lang.L("linked by %s on %s"), l.By, formatDate(l.At))
	}
	claimID, kind, target := p.claimID, l.Kind, l.TargetID
	back := &widget.Button{Text: lang.L("Not the same after all"), Icon: theme.ContentUndoIcon(),
		OnTapped: p.u.safe("Not the same after all", func() { p.unlink(claimID, kind, target) })}
	warn := ""
	if dismissed {
		warn = lang.L(alsoDismissed)
	}
	return pairRow(l.Text, l.Where, l.Kind, meta, warn, back)
}

// unlink takes back the link of the pair (claimID, kind, targetID); a
// verdict it copied stays, and the status line says so.
func (p *seenPane) unlink(claimID, kind, targetID string) {
	p.unlinkThen(claimID, kind, targetID, func(ctx context.Context) (string, error) {
		evs, err := p.u.svc.History.ClaimHistory(ctx, claimID)
		if err == nil && claims.CopiedVerdictStays(evs, kind, targetID) {
			return lang.L("Link taken back. The verdict copied from this earlier check stays the claim's: check it under Details."), nil
		}
		return lang.L("Link taken back."), nil
	})
}

// unlinkThen takes back the link of the pair (claimID, kind, targetID),
// then runs after (in the background too, only when the link was taken
// back) for what the status line says; an error of after is shown as the
// verdict not set again (seen_undo_verdict.go).
func (p *seenPane) unlinkThen(claimID, kind, targetID string, after func(context.Context) (string, error)) {
	var err, afterErr error
	var gone, msg string
	ctx := p.u.ctx()
	p.u.background(func() {
		err = p.u.svc.Archives.Unlink(ctx, claimID, kind, targetID)
		if gone = p.u.takenBackText(err, claimID, kind, targetID, true); gone == "" && err == nil {
			msg, afterErr = after(ctx)
		}
	}, func() {
		p.undo.forget(claimID, kind, targetID, true)
		switch {
		case gone != "":
			p.u.showInfo("Already taken back", gone)
		case err != nil:
			p.u.showError("The link could not be taken back.", err)
		case afterErr != nil:
			p.u.showError("The link was taken back, but the verdict from before it could not be set again.", afterErr)
		default:
			p.say(msg)
		}
		p.linkChanged(claimID)
	})
}
