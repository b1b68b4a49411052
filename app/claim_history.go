package app

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// historyPane is the History tab of the claim editor: every change of the
// claim with who made it and when, newest first.
// A click on a change shows its old and new values (and again shortened):
// each up to expandedValueRunes, the whole change on a button
// (history_long.go).
type historyPane struct {
	u        *ui
	claimID  string
	events   []*claims.Event
	current  *claims.Claim   // the claim as it is now; nil when deleted
	expanded map[string]bool // event IDs shown in full
	list     *widget.List
}

// newHistoryPane creates the tab.
func newHistoryPane(u *ui) *historyPane { return &historyPane{u: u} }

// content returns the tab's widget tree.
func (h *historyPane) content() fyne.CanvasObject {
	h.list = &widget.List{
		Length:     func() int { return len(h.events) },
		CreateItem: historyRow,
		UpdateItem: h.updateRow,
		OnSelected: h.toggle,
	}
	markKeyRows(h.list) // the row ↑/↓ mark stands out (list_mark.go)
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

// event returns the event shown in row i (newest first).
func (h *historyPane) event(i widget.ListItemID) *claims.Event {
	return h.events[len(h.events)-1-i]
}

// updateRow fills row i: the change, shortened or in full, over when and by whom.
func (h *historyPane) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	ev := h.event(i)
	box := o.(*fyne.Container)
	title := box.Objects[0].(*widget.Label)
	full := h.expanded[ev.ID]
	title.Wrapping, title.Truncation = fyne.TextWrapOff, fyne.TextTruncateEllipsis
	if full {
		title.Wrapping, title.Truncation = fyne.TextWrapWord, fyne.TextTruncateOff
	}
	text, cut := h.describeIn(ev, false), false
	if full {
		text, cut = h.expandedText(ev)
	}
	title.SetText(text)
	h.setWholeButton(box, ev, cut)
	meta := formatTime(ev.At) + " · " + eventActor(ev)
	switch {
	case full:
		meta += " · " + lang.L("click to shorten")
	case len([]rune(h.describeIn(ev, true))) > expandHintAfter:
		meta += " · " + lang.L("click to show in full")
	}
	box.Objects[1].(*widget.Label).SetText(meta)
}

// expandHintAfter is the length of a change's text from which its row
// says that a click shows it in full (a row shows about this much at the
// narrowest window).
const expandHintAfter = 60

// toggle shows the change in row i in full, or shortened again.
func (h *historyPane) toggle(i widget.ListItemID) {
	h.list.UnselectAll()
	ev := h.event(i)
	if h.expanded == nil {
		h.expanded = map[string]bool{}
	}
	h.expanded[ev.ID] = !h.expanded[ev.ID]
	h.list.SetItemHeight(i, h.rowHeight(ev))
	h.list.RefreshItem(i)
}

// rowHeight is the height of the row of ev: two lines, or more for a change
// shown in full, its text wrapped at the list's width.
func (h *historyPane) rowHeight(ev *claims.Event) float32 {
	height := twoLines().MinSize().Height
	if h.expanded[ev.ID] {
		text, cut := h.expandedText(ev)
		if cut {
			height += wholeButtonHeight()
		}
		l := &widget.Label{Text: text, Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Bold: true}}
		l.MinSize() // makes the renderer, which wraps at the size given next
		l.Resize(fyne.NewSize(max(h.list.Size().Width-4*theme.Padding(), 100), 0))
		height += l.MinSize().Height - (&widget.Label{Text: "X", TextStyle: fyne.TextStyle{Bold: true}}).MinSize().Height
	}
	return height
}

// setHeights gives every row the height of the event it now shows (rows
// move down as changes are added).
func (h *historyPane) setHeights() {
	for i := range h.events {
		h.list.SetItemHeight(i, h.rowHeight(h.event(i)))
	}
}

// evidenceIDs matches the record IDs at the end of an evidence summary.
var evidenceIDs = regexp.MustCompile(`\s*\[evidence [^\]]*\]`)

// describe says in words what an event changed, long values shortened.
func (h *historyPane) describe(ev *claims.Event) string { return h.describeIn(ev, false) }

// describeIn says in words what an event changed, long values in full if
// full is set.
func (h *historyPane) describeIn(ev *claims.Event, full bool) string {
	field := fieldLabel(ev.Field)
	switch ev.Field {
	case claims.FieldCreated, claims.FieldDeleted:
		return field
	case claims.FieldMerged:
		return field + ": " + lang.L("earlier version") + " — " + h.versionText(ev.Old)
	case claims.FieldConflict:
		text, same := h.versionDiff(ev.Old)
		if same { // taken since, or written again by hand
			return "⚠ " + field + ": " + lang.L("the bundle's version, now the current one")
		}
		return "⚠ " + field + ": " + lang.L("the bundle's version, not taken") + " — " + text
	}
	old, nw := h.value(ev.Field, ev.Old, full), h.value(ev.Field, ev.New, full)
	return field + ": " + old + " → " + nw
}

// value shows one side of a change: rating labels instead of IDs, status
// names, dates as the window writes them; long text is cut to one line
// unless full is set.
func (h *historyPane) value(field, v string, full bool) string {
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
		v = evidenceValue(v)
	case claims.FieldAnchor:
		v = anchorValue(v)
	case claims.FieldClaimDate:
		return historyDate(v) // record_history.go: "05.12.2026", not the stored RFC 3339
	case claims.FieldLinked, claims.FieldVerdictCopied, claims.FieldDismissed, claims.FieldUndismissed, claims.FieldUnlinked:
		v = pairValue(v) // history_pairs.go
	}
	if full {
		return strings.TrimSpace(v)
	}
	return oneLine(v, 120)
}

// evidenceValue shows a stored evidence summary (`supports: Title
// [evidence ID, source ID] excerpt: "…" note: "…"`) in the interface
// language, without the record IDs. The note's marker is the last one: an
// excerpt is quoted, so a marker inside it has its quote escaped.
func evidenceValue(v string) string {
	head, tail := v, ""
	if loc := evidenceIDs.FindStringIndex(v); loc != nil {
		head, tail = v[:loc[0]], v[loc[1]:]
	}
	if st, rest, ok := strings.Cut(head, ": "); ok {
		head = stanceLabel(claims.Stance(st)) + ": " + rest
	}
	if t, ok := strings.CutPrefix(tail, ` excerpt: "`); ok {
		tail = " " + lang.L("Excerpt") + `: "` + t
	}
	if i := strings.LastIndex(tail, ` note: "`); i >= 0 {
		tail = tail[:i] + " " + lang.L("Note") + `: "` + tail[i+len(` note: "`):]
	}
	return head + tail
}

// anchorValue shows one side of a change of a claim's place in its article:
// the quote it was anchored to (stored as the anchor's JSON), or what
// storage wrote when the article was deleted or the quote left it, in the
// interface language.
func anchorValue(v string) string {
	switch v {
	case "article deleted": // storage/internal/sqlstore/articles.go
		return lang.L("article deleted")
	case "detached: the quote no longer occurs in the article": // claims_update.go
		return lang.L("Detached: the quote is no longer in the article")
	}
	var a claims.Anchor
	if json.Unmarshal([]byte(v), &a) == nil && a.Exact != "" {
		return quoted(oneLine(a.Exact, 100))
	}
	return v
}

// show loads the history of a claim ("" clears the tab).
func (h *historyPane) show(claimID string) {
	if claimID != h.claimID {
		h.expanded = nil
	}
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
		h.setHeights()
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
