package app

import (
	"encoding/json"
	"strings"

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
// the record as it is now): the versions bundle imports replaced or did not
// take, newest first, each by what differs from now.
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
			box.Add(&widget.Label{Text: formatTime(ev.At) + " · " + eventActor(ev)})
		}
		if len(evs) == 0 {
			box.Add(&widget.Label{Text: lang.L("No history recorded."), Wrapping: fyne.TextWrapWord})
		}
		note := &widget.Label{Wrapping: fyne.TextWrapWord, Text: lang.L("Versions that bundle imports replaced or did not take, with what differs from now. Edits made here are shown in the history of claims only.")}
		scroll := container.NewVScroll(box)
		scroll.SetMinSize(fyne.NewSize(520, 320))
		d := dialog.NewCustom(lang.L("History"), lang.L("Close"), container.NewBorder(note, nil, nil, nil, scroll), u.win)
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
	default:
		return head + ": " + oneLine(ev.Old, 80) + " → " + oneLine(ev.New, 80)
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
	if len(parts) == 0 {
		return head + " — " + lang.L("the same as now")
	}
	return head + " — " + strings.Join(parts, "; ")
}
