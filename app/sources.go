package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
	"claimdesk/opener"
)

// maxSources is how many sources the Sources view lists.
const maxSources = 5000

// maxPanelNotes is how much of a source's notes (runes) the panel beside
// the list shows: long notes made the panel, and so the window, taller
// than the screen, and huge ones froze it while they were wrapped. The
// editor shows more (entry_long.go).
const maxPanelNotes = 400

// sourcesView lists every source; beside it the selected source with the
// claims that use it and its snapshot files.
type sourcesView struct {
	u       *ui
	items   []*claims.Source
	current *claims.Source
	uses    []*claims.Claim
	loaded  bool
	quiet   bool   // set while the view selects a row itself
	openGen int    // generation of open; a newer open wins
	opening string // the source open is loading, "" when none

	list      *enterList
	split     *container.Split
	count     *widget.Label
	title     *widget.Label
	link      *widget.Hyperlink
	linkText  *widget.Label // the address as plain text when it is not a web or e-mail link
	meta      *widget.Label
	notes     *widget.Label
	usesList  *widget.List
	usesHead  *widget.Label
	snapsList *widget.List
	noSnaps   *widget.Label
	openURL   *widget.Button
	attach    *widget.Button
	detail    *fyne.Container
	hint      *widget.Label
	edit      *widget.Button
	del       *widget.Button

	// editor is the source editor opened last (nil before the first).
	editor *sourceEditor
	// deleted tells whether the last delete succeeded (for tests).
	deleted bool
}

// newSourcesView creates the Sources view.
func newSourcesView(u *ui) *sourcesView { return &sourcesView{u: u} }

// content returns the view's widget tree: the list of sources on the
// left, the selected source's details (or a hint) on the right.
func (v *sourcesView) content() fyne.CanvasObject {
	v.buildList()
	v.count = &widget.Label{Text: lang.L("Sources"), TextStyle: fyne.TextStyle{Bold: true}}
	v.detail = border(v.buildHead(), nil, nil, nil, v.buildLists())
	v.detail.Hide()
	v.hint = &widget.Label{Text: lang.L("Select a source to see the claims that use it and its snapshots."), Alignment: fyne.TextAlignCenter, Wrapping: fyne.TextWrapWord}
	v.split = container.NewHSplit(
		border(border(nil, nil, nil,
			&widget.Button{Text: lang.L("New source…"), Icon: theme.ContentAddIcon(), OnTapped: v.u.safe("new source", v.onNew)}, v.count), nil, nil, nil, v.list),
		container.NewPadded(container.NewStack(centered(v.hint), v.detail)))
	v.split.Offset = v.u.prefs.FloatWithFallback(prefSplitSource, 0.4)
	return v.split
}

// buildList makes the list of sources: title (or address) over
// publisher, kind and address.
func (v *sourcesView) buildList() {
	v.list = newEnterList(listParts{
		Length:     func() int { return len(v.items) },
		CreateItem: func() fyne.CanvasObject { return twoLines() },
		UpdateItem: func(i widget.ListItemID, o fyne.CanvasObject) {
			s := v.items[i]
			box := o.(*fyne.Container)
			t := s.Title
			if t == "" {
				t = s.URL
			}
			box.Objects[0].(*widget.Label).SetText(t)
			box.Objects[1].(*widget.Label).SetText(strings.Join(nonEmpty(s.Publisher, kindLabel(s.Kind), s.URL), " · "))
		},
		OnSelected: v.u.safeID("source list", v.onSelected),
		OnKey:      v.u.windowKey,
	})
}

// buildHead makes the top of the details: title, address, metadata,
// notes and the source's buttons.
func (v *sourcesView) buildHead() fyne.CanvasObject {
	v.title = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, Wrapping: fyne.TextWrapWord}
	v.link = &widget.Hyperlink{Truncation: fyne.TextTruncateEllipsis}
	v.link.ExtendBaseWidget(v.link)
	v.linkText = &widget.Label{Truncation: fyne.TextTruncateEllipsis}
	v.linkText.Hide()
	v.meta = &widget.Label{Wrapping: fyne.TextWrapWord}
	v.notes = &widget.Label{Wrapping: fyne.TextWrapWord}
	v.openURL = &widget.Button{Text: lang.L("Open in browser"), Icon: theme.ComputerIcon(), OnTapped: v.u.safe("open in browser", func() {
		if v.current != nil {
			v.u.openURL(v.current.URL)
		}
	})}
	v.attach = &widget.Button{Text: lang.L("Attach file…"), Icon: theme.FileIcon(), OnTapped: v.u.safe("attach file", func() {
		if v.current != nil {
			id := v.current.ID
			v.u.attachSnapshot(id, func() { v.open(id) })
		}
	})}
	v.edit = &widget.Button{Text: lang.L("Edit…"), Icon: theme.DocumentCreateIcon(), OnTapped: v.u.safe("edit source", v.onEdit)}
	history := &widget.Button{Text: lang.L("History…"), Icon: theme.HistoryIcon(), OnTapped: v.u.safe("source history", func() {
		if v.current != nil {
			v.u.showRecordHistory(v.current.ID, v.current)
		}
	})}
	v.del = &widget.Button{Text: lang.L("Delete…"), Icon: theme.DeleteIcon(), Importance: widget.DangerImportance, OnTapped: v.u.safe("delete source", v.onDelete)}
	// the buttons take two rows, so the view fits a 1024-pixel screen in German
	buttons := container.NewVBox(container.NewHBox(v.edit, v.openURL, v.attach), border(nil, nil, history, v.del))
	return container.NewVBox(v.title, v.link, v.linkText, v.meta, v.notes, buttons)
}

// buildLists makes the lower part of the details: the claims that use the
// source (a click opens one) above its snapshot files.
func (v *sourcesView) buildLists() fyne.CanvasObject {
	v.usesHead = &widget.Label{Text: lang.L("Used by"), TextStyle: fyne.TextStyle{Bold: true}}
	v.usesList = &widget.List{
		Length:     func() int { return len(v.uses) },
		CreateItem: func() fyne.CanvasObject { return &widget.Label{Truncation: fyne.TextTruncateEllipsis} },
		UpdateItem: func(i widget.ListItemID, o fyne.CanvasObject) {
			c := v.uses[i]
			o.(*widget.Label).SetText(statusLabel(c.Status) + " · " + oneLine(c.Text, 200))
		},
		OnSelected: v.u.safeID("source uses", func(i widget.ListItemID) {
			id := v.uses[i].ID
			v.usesList.UnselectAll()
			v.u.openClaim(id)
		}),
	}
	v.usesList.ExtendBaseWidget(v.usesList)
	v.snapsList = &widget.List{
		Length:     func() int { return v.snapCount() },
		CreateItem: v.createSnapRow,
		UpdateItem: v.updateSnapRow,
	}
	v.snapsList.ExtendBaseWidget(v.snapsList)
	v.noSnaps = &widget.Label{Text: lang.L("No snapshots yet. Attach a saved copy of the page or document, so the evidence survives when the web page changes."), Wrapping: fyne.TextWrapWord, Alignment: fyne.TextAlignCenter}
	return container.NewVSplit(
		border(v.usesHead, nil, nil, nil, v.usesList),
		border(&widget.Label{Text: lang.L("Snapshots"), TextStyle: fyne.TextStyle{Bold: true}}, nil, nil, nil,
			container.NewStack(v.snapsList, centered(v.noSnaps))),
	)
}

// nonEmpty returns the non-empty strings of ss.
func nonEmpty(ss ...string) []string {
	out := ss[:0:0]
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// refresh reloads the list of sources (once the view has been shown).
func (v *sourcesView) refresh() {
	if v.list == nil || (!v.loaded && v.u.shell.currentKey() != viewSources) {
		return
	}
	v.loaded = true
	var items []*claims.Source
	var total int
	var err error
	v.u.background(func() {
		items, total, err = v.u.svc.Sources.FindSources(v.u.ctx(), claims.SourceFilter{Limit: maxSources})
	}, func() {
		if err != nil {
			v.u.showError("The sources could not be loaded.", err)
			return
		}
		v.items = items
		v.count.SetText(lang.LocalizePlural("{{.Count}} sources", total, map[string]any{"Count": formatCount(total)}))
		v.list.Refresh()
		switch {
		case v.opening != "": // it marks its row when it is shown
		case v.current != nil:
			v.open(v.current.ID) // its details may have changed too
		case len(items) > 0:
			v.list.Select(0) // show the first source rather than an empty pane
		default:
			v.markCurrent()
		}
	})
}

// onSelected shows the chosen source, read afresh with its snapshots (the
// list rows may be older than the record).
func (v *sourcesView) onSelected(i widget.ListItemID) {
	if v.quiet || i < 0 || i >= len(v.items) {
		return
	}
	v.open(v.items[i].ID)
}

// markCurrent selects the row of the source shown, or no row when it is not
// listed: the list never marks another source than the details show.
func (v *sourcesView) markCurrent() {
	v.quiet = true
	defer func() { v.quiet = false }()
	if v.current != nil {
		for i, s := range v.items {
			if s.ID == v.current.ID {
				v.list.Select(i)
				return
			}
		}
	}
	v.list.UnselectAll()
}

// open loads one source and shows it; the list marks its row.
func (v *sourcesView) open(id string) {
	v.openGen++
	gen := v.openGen
	v.opening = id
	var s *claims.Source
	var err error
	v.u.background(func() {
		s, err = v.u.svc.Sources.FindSourceByID(v.u.ctx(), id)
	}, func() {
		if gen != v.openGen {
			return
		}
		v.opening = ""
		if err != nil {
			v.u.showError("The source could not be opened.", err)
			return
		}
		v.showSource(s)
		v.markCurrent()
	})
}

// showSource shows a source and loads the claims that use it.
func (v *sourcesView) showSource(s *claims.Source) {
	v.current = s
	v.hint.Hide()
	v.detail.Show()
	t := s.Title
	if t == "" {
		t = s.URL
	}
	v.title.SetText(t)
	v.link.SetText(s.URL)
	v.link.URL = opener.Link(s.URL) // other schemes are shown as plain text
	v.link.Hidden = v.link.URL == nil
	v.linkText.SetText(s.URL)
	v.linkText.Hidden = v.link.URL != nil || s.URL == ""
	if v.link.URL == nil {
		v.openURL.Disable()
	} else {
		v.openURL.Enable()
	}
	v.link.Refresh()
	v.linkText.Refresh()
	meta := nonEmpty(s.Publisher, s.Author, kindLabel(s.Kind))
	if !s.PublishedAt.IsZero() {
		meta = append(meta, lang.L("published")+" "+formatDate(s.PublishedAt))
	}
	if !s.AccessedAt.IsZero() {
		meta = append(meta, lang.L("accessed")+" "+formatDate(s.AccessedAt))
	}
	v.meta.SetText(strings.Join(meta, " · "))
	v.notes.SetText(shownStart(s.Notes, maxPanelNotes))
	v.notes.Hidden = s.Notes == ""
	v.snapsList.Refresh()
	v.noSnaps.Hidden = len(s.Snapshots) > 0
	v.noSnaps.Refresh()
	id := s.ID
	var uses []*claims.Claim
	var err error
	v.u.background(func() {
		ctx := v.u.ctx()
		var evs []*claims.Evidence
		if evs, err = v.u.svc.Evidence.FindEvidence(ctx, claims.EvidenceFilter{SourceID: &id}); err != nil {
			return
		}
		seen := map[string]bool{}
		for _, ev := range evs {
			if seen[ev.ClaimID] {
				continue
			}
			seen[ev.ClaimID] = true
			c, cerr := v.u.svc.Claims.FindClaimByID(ctx, ev.ClaimID)
			if cerr == nil {
				uses = append(uses, c)
			}
		}
	}, func() {
		if v.current == nil || v.current.ID != id {
			return
		}
		if err != nil {
			v.u.showError("The claims of the source could not be loaded.", err)
			return
		}
		v.uses = uses
		v.usesHead.SetText(fmt.Sprintf("%s (%d)", lang.L("Used by"), len(uses)))
		v.usesList.Refresh()
	})
}

// snapCount returns the number of snapshots of the shown source.
func (v *sourcesView) snapCount() int {
	if v.current == nil {
		return 0
	}
	return len(v.current.Snapshots)
}

// createSnapRow makes one snapshot row: name and size, SHA-256, Open.
func (v *sourcesView) createSnapRow() fyne.CanvasObject {
	return border(nil, nil, nil,
		&widget.Button{Text: lang.L("Open"), Icon: theme.FileIcon()},
		twoLines())
}

// updateSnapRow fills snapshot row i.
func (v *sourcesView) updateSnapRow(i widget.ListItemID, o fyne.CanvasObject) {
	snap := v.current.Snapshots[i]
	row := o.(*fyne.Container)
	box := row.Objects[0].(*fyne.Container)
	box.Objects[0].(*widget.Label).SetText(fmt.Sprintf("%s (%s, %s)", snap.Name, humanSize(snap.Size), formatDate(snap.AddedAt)))
	box.Objects[1].(*widget.Label).SetText("SHA-256 " + snap.SHA256)
	row.Objects[1].(*widget.Button).OnTapped = v.u.safe("open snapshot", func() { v.u.openSnapshot(snap) })
}

// humanSize writes a byte count for people, with a decimal comma in German.
func humanSize(n int64) string {
	switch {
	case n >= 1<<20:
		s := fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
		if uiLang() == "de" {
			s = strings.Replace(s, ".", ",", 1)
		}
		return s
	case n >= 1<<10:
		return fmt.Sprintf("%.0f kB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// onSave (Ctrl+S) saves the source editor when it is open.
func (v *sourcesView) onSave() {
	if v.editor != nil && v.editor.open {
		v.editor.onSave()
	}
}

// guard runs next unless the source editor holds unsaved edits; then it
// asks first, like the claim editor.
func (v *sourcesView) guard(next func()) {
	if v.editor == nil {
		next()
		return
	}
	v.editor.guard(next, v.editor.dlg.Show)
}

// savePrefs remembers the split position.
func (v *sourcesView) savePrefs() {
	if v.split != nil {
		v.u.prefs.SetFloat(prefSplitSource, v.split.Offset)
	}
}
