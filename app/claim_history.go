package app

import (
	"fmt"
	"regexp"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// historyPane is the History tab of the claim editor: every change of the
// claim with who made it and when, newest first.
type historyPane struct {
	u       *ui
	claimID string
	events  []*claims.Event
	current *claims.Claim // the claim as it is now; nil when deleted
	list    *widget.List
}

// newHistoryPane creates the tab.
func newHistoryPane(u *ui) *historyPane { return &historyPane{u: u} }

// content returns the tab's widget tree.
func (h *historyPane) content() fyne.CanvasObject {
	h.list = &widget.List{
		Length:     func() int { return len(h.events) },
		CreateItem: func() fyne.CanvasObject { return twoLines() },
		UpdateItem: func(i widget.ListItemID, o fyne.CanvasObject) {
			ev := h.events[len(h.events)-1-i]
			box := o.(*fyne.Container)
			box.Objects[0].(*widget.Label).SetText(h.describe(ev))
			box.Objects[1].(*widget.Label).SetText(formatTime(ev.At) + " · " + eventActor(ev))
		},
	}
	h.list.ExtendBaseWidget(h.list)
	return h.list
}

// eventActor names who made a change; an imported event says so.
func eventActor(ev *claims.Event) string {
	if ev.Imported {
		return fmt.Sprintf(lang.L("%s (imported from a bundle)"), ev.Actor)
	}
	return ev.Actor
}

// evidenceIDs matches the record IDs at the end of an evidence summary.
var evidenceIDs = regexp.MustCompile(`\s*\[evidence [^\]]*\]`)

// describe says in words what an event changed.
func (h *historyPane) describe(ev *claims.Event) string {
	field := fieldLabel(ev.Field)
	switch ev.Field {
	case claims.FieldCreated, claims.FieldDeleted:
		return field
	case claims.FieldMerged:
		return field + ": " + lang.L("earlier version") + " — " + h.versionText(ev.Old)
	case claims.FieldConflict:
		return "⚠ " + field + ": " + lang.L("the bundle's version, not taken") + " — " + h.versionText(ev.Old)
	}
	old, nw := h.value(ev.Field, ev.Old), h.value(ev.Field, ev.New)
	return field + ": " + old + " → " + nw
}

// value shows one side of a change: rating labels instead of IDs, status names.
func (h *historyPane) value(field, v string) string {
	if v == "" {
		return "—"
	}
	switch field {
	case claims.FieldRating:
		if r, ok := h.u.scales.rating(v); ok {
			return r.Label(uiLang())
		}
	case claims.FieldStatus:
		return statusLabel(claims.Status(v))
	case claims.FieldEvidence:
		v = evidenceIDs.ReplaceAllString(v, "")
		if st, rest, ok := strings.Cut(v, ": "); ok {
			v = stanceLabel(claims.Stance(st)) + ": " + rest
		}
	}
	return oneLine(v, 120)
}

// show loads the history of a claim ("" clears the tab).
func (h *historyPane) show(claimID string) {
	h.claimID = claimID
	if claimID == "" {
		h.events = nil
		h.list.Refresh()
		return
	}
	var evs []*claims.Event
	var cur *claims.Claim
	var err error
	h.u.background(func() {
		evs, err = h.u.svc.History.ClaimHistory(h.u.ctx(), claimID)
		cur, _ = h.u.svc.Claims.FindClaimByID(h.u.ctx(), claimID)
	}, func() {
		if claimID != h.claimID {
			return
		}
		if err != nil {
			h.u.showError("The history could not be loaded.", err)
			return
		}
		h.events, h.current = evs, cur
		h.list.Refresh()
	})
}

// lines returns the shown history as text, newest first (for tests).
func (h *historyPane) lines() []string {
	out := make([]string, 0, len(h.events))
	for i := len(h.events) - 1; i >= 0; i-- {
		out = append(out, h.events[i].Actor+" "+h.describe(h.events[i]))
	}
	return out
}
