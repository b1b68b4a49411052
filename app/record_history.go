package app

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// recordFields are the fields an article or source version is shown by.
var recordFields = []struct{ key, label string }{
	{"title", "Title"}, {"url", "URL"}, {"publisher", "Publisher"}, {"author", "Author"},
	{"kind", "Kind"}, {"language", "Language"}, {"notes", "Notes"}, {"body", "Text"},
}

// showRecordHistory opens the history of an article or source (current is
// the record as it is now), newest first: each field edited here, with its
// old and new value (an article's earlier text on a button), and the
// versions bundle imports replaced or did not take, by what differs from now.
func (u *ui) showRecordHistory(id string, current any) {
	var evs []*claims.Event
	var err error
	u.background(func() {
		_, evs, err = u.svc.History.RecordHistory(u.ctx(), id)
	}, func() {
		if err != nil && claims.ErrorCode(err) != claims.ENOTFOUND {
			u.showError("The history could not be loaded.", err)
			return
		}
		box := container.NewVBox()
		for i := len(evs) - 1; i >= 0; i-- {
			ev := evs[i]
			box.Add(&widget.Label{Text: recordEventText(ev, current), Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Bold: true}})
			meta := &widget.Label{Text: formatTime(ev.At) + " · " + eventActor(ev)}
			if ev.Field == claims.FieldBody {
				old := ev.Old
				show := &widget.Button{Text: lang.L("Show earlier text"), Importance: widget.LowImportance,
					OnTapped: func() { u.showEarlierText(old) }}
				box.Add(container.NewHBox(meta, show))
				continue
			}
			box.Add(meta)
		}
		if len(evs) == 0 {
			box.Add(&widget.Label{Text: lang.L("No history recorded."), Wrapping: fyne.TextWrapWord})
		}
		note := &widget.Label{Wrapping: fyne.TextWrapWord, Text: lang.L("Every change, newest first: edits made here, and versions that bundle imports replaced or did not take, with what differs from now.")}
		scroll := container.NewVScroll(box)
		scroll.SetMinSize(fyne.NewSize(520, 320))
		d := dialog.NewCustom(lang.L("History"), lang.L("Close"), border(note, nil, nil, nil, scroll), u.win)
		d.Resize(fyne.NewSize(600, 460))
		d.Show()
	})
}

// recordEventText says what one event of an article's or source's history
// holds.
func recordEventText(ev *claims.Event, current any) string {
	head := fieldLabel(ev.Field)
	switch ev.Field {
	case claims.FieldMerged:
		head += ": " + lang.L("earlier version")
	case claims.FieldConflict:
		head = "⚠ " + head + ": " + lang.L("the bundle's version, not taken")
	case claims.FieldBody:
		return recordFieldLabel(ev.Field, current) + ": " + fmt.Sprintf(lang.L("earlier version, %d characters"), utf8.RuneCountInString(ev.Old))
	case claims.FieldSnapshot:
		return lang.L("Snapshot attached") + ": " + oneLine(ev.New, 120)
	case claims.FieldDeleted:
		return head
	case claims.FieldPublishedAt, claims.FieldAccessedAt:
		return recordFieldLabel(ev.Field, current) + ": " + orDash(historyDate(ev.Old)) + " → " + orDash(historyDate(ev.New))
	default:
		return recordFieldLabel(ev.Field, current) + ": " + orDash(oneLine(ev.Old, 80)) + " → " + orDash(oneLine(ev.New, 80))
	}
	var old, cur map[string]any
	if json.Unmarshal([]byte(ev.Old), &old) != nil {
		return head
	}
	if b, err := json.Marshal(current); err == nil {
		_ = json.Unmarshal(b, &cur)
	}
	var parts []string
	for _, f := range recordFields {
		o, n := str(old[f.key]), str(cur[f.key])
		if o == n {
			continue
		}
		if o == "" {
			o = "—"
		}
		parts = append(parts, lang.L(f.label)+": "+oneLine(o, 120))
	}
	if len(parts) == 0 && ev.Field == claims.FieldConflict { // taken since, or written again by hand
		return "⚠ " + fieldLabel(ev.Field) + ": " + lang.L("the bundle's version, now the current one")
	}
	if len(parts) == 0 {
		return head + " — " + lang.L("the same as now")
	}
	return head + " — " + strings.Join(parts, "; ")
}

// recordFieldLabel names a field of an article's or source's history as
// the editors label it.
func recordFieldLabel(field string, current any) string {
	switch field {
	case claims.FieldPublisher:
		if _, ok := current.(*claims.Article); ok {
			return lang.L("Outlet")
		}
		return lang.L("Publisher")
	case claims.FieldURL:
		return lang.L("Web address")
	case claims.FieldPublishedAt:
		return lang.L("Published on")
	case claims.FieldAccessedAt:
		return lang.L("Accessed on")
	case claims.FieldBody:
		return lang.L("Text")
	}
	for _, f := range recordFields {
		if f.key == field {
			return lang.L(f.label)
		}
	}
	return fieldLabel(field)
}

// historyDate shows a time from history (RFC 3339) as a date, with the
// local time of day when it has one.
func historyDate(s string) string {
	t, err := time.Parse(time.RFC3339, s)
	switch {
	case err != nil:
		return s
	case t.UTC().Hour() == 0 && t.UTC().Minute() == 0 && t.UTC().Second() == 0:
		return formatDate(t.UTC())
	}
	return formatTime(t)
}

// orDash returns s, or "—" for an empty value.
func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// showEarlierText shows an article's earlier text whole, read-only, in
// lines (wholeTextView): a label wrapping a long paragraph stalled the
// window for minutes.
func (u *ui) showEarlierText(text string) {
	u.showWholeText(lang.L("Earlier text"), text)
}
