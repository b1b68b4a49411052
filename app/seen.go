package app

import (
	"fmt"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"claimdesk/archive"
	"claimdesk/claims"
	"claimdesk/claims/match"
	"claimdesk/importer"
)

// seenCache holds the matcher over the earlier checks (archive records and
// checked claims) of one window; it is built in the background on first use
// and brought up to date in place (match.Seen.Reload: only what changed is
// indexed) after an archive or an exchange bundle is imported, a claim is
// linked, saved or deleted, or other checkers changed the shared server.
type seenCache struct {
	mu    sync.Mutex
	seen  *match.Seen
	stale bool
}

// seenCaches maps a *ui to its seenCache, so that the cache needs no field in
// the ui struct.
var seenCaches sync.Map

// seenCache returns u's seenCache, making an empty one on first use.
func (u *ui) seenCache() *seenCache {
	c, _ := seenCaches.LoadOrStore(u, &seenCache{})
	return c.(*seenCache)
}

// get returns the matcher, building it or bringing it up to date when
// needed; call it off the UI goroutine.
func (c *seenCache) get(u *ui) (*match.Seen, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.seen == nil {
		s, err := match.LoadSeen(u.ctx(), u.svc.Archives)
		if err != nil {
			return nil, err
		}
		c.seen, c.stale = s, false
	}
	if c.stale {
		if _, err := c.seen.Reload(u.ctx(), u.svc.Archives); err != nil {
			return nil, err
		}
		c.stale = false
	}
	return c.seen, nil
}

// drop marks the matcher out of date; the next get re-reads the earlier
// checks and updates the index in place.
func (c *seenCache) drop() {
	c.mu.Lock()
	c.stale = true
	c.mu.Unlock()
}

// seenChanged marks the earlier checks out of date after a change made
// elsewhere (an exchange bundle, another checker on the shared server) and
// looks again for the claim the "Seen before" tab shows: at once when the
// tab is in view, else when it is next selected (seenPane.showIfStale). It
// would otherwise keep offering what it found before the change — a match
// linked or dismissed meanwhile among them.
func (u *ui) seenChanged() {
	u.seenCache().drop()
	if u.shell == nil || u.shell.claims == nil || u.shell.claims.editor == nil {
		return
	}
	e := u.shell.claims.editor
	if e.claim == nil || e.seen.claimID != e.claim.ID {
		return
	}
	if e.tabs != nil && e.tabs.Selected() == e.seenTab {
		e.seen.show(e.claim.ID)
		return
	}
	e.seen.stale = true
}

// onImportArchive asks for an archive of earlier fact-checks and imports it.
func (s *shell) onImportArchive() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			s.u.showError("The file could not be opened.", err)
			return
		}
		if r == nil {
			return
		}
		s.importArchive(r.URI())
		r.Close()
	}, s.u.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".json", ".jsonld", ".html", ".htm", ".tsv", ".csv", ".zip"}))
	d.SetConfirmText(lang.L("Import"))
	d.SetTitleText(lang.L("Choose a fact-check archive to import"))
	showFileDialog(d, s.u.win)
}

// importArchive reads and stores the archive at uri in the background and
// reports how many records were added and which could not be read.
func (s *shell) importArchive(uri fyne.URI) {
	u := s.u
	bar := widget.NewProgressBarInfinite()
	prog := dialog.NewCustomWithoutButtons(lang.L("Importing fact-check archive…"),
		container.NewVBox(&widget.Label{Text: uri.Name(), Truncation: fyne.TextTruncateEllipsis}, bar), u.win)
	prog.Show()
	var res *claims.ArchiveImportResult
	var err error
	u.background(func() {
		var data []byte // read as every file a stranger may have made: no FIFO, device or folder, bounded
		if data, err = importer.ReadFile(u.ctx(), uri.Path(), archive.MaxFileSize); err != nil {
			return
		}
		var imp *claims.ArchiveImport
		if imp, err = archive.Parse("", uri.Name(), data); err != nil {
			return
		}
		res, err = u.svc.Archives.ImportArchive(u.ctx(), imp)
	}, func() {
		bar.Stop()
		prog.Hide()
		if err != nil {
			u.showErrorHint("The archive could not be imported.", err, lang.L("Nothing was imported."), nil)
			return
		}
		u.seenCache().drop()
		u.showInfo(lang.L("Fact-check archive imported"), archiveSummary(res))
		s.reloadShown()
		s.articles.reader.reloadSeen()
	})
}

// archiveSummary says what an archive import did, naming the first
// malformed records.
func archiveSummary(res *claims.ArchiveImportResult) string {
	msg := fmt.Sprintf(lang.L("%s: %d added, %d updated, %d unchanged, %d could not be read."),
		res.Archive.Name, res.Added, res.Updated, res.Unchanged, len(res.Malformed))
	for i, m := range res.Malformed {
		if i == 5 {
			msg += "\n…"
			break
		}
		msg += "\n" + phraseText(m.Place, m.Where) + ": " + phraseText(m.Reason, m.Why)
	}
	return msg
}

// phraseText is p in the interface language, its format translated as a
// message key (errors.*.json) and its arguments filled in after, phrases
// among them translated too; fallback when p is the zero Phrase.
func phraseText(p claims.Phrase, fallback string) string {
	if p.Format == "" {
		return fallback
	}
	args := make([]any, len(p.Args))
	for i, a := range p.Args {
		if inner, ok := a.(claims.Phrase); ok {
			a = phraseText(inner, inner.String())
		}
		args[i] = a
	}
	if len(args) == 0 {
		return lang.L(p.Format)
	}
	return fmt.Sprintf(lang.L(p.Format), args...)
}

// seenPane is the "Seen before" tab of the claim editor: earlier checks of
// the claim with level, verdict, reasons and provenance, and the buttons
// Link and Not the same; under a dismissal or link just made, Undo
// (seen_undo.go); below the matches, the pairs linked (seen_linked.go) and
// dismissed before (seen_dismissed.go), each of which can be taken back.
type seenPane struct {
	u       *ui
	e       *claimEditor
	claimID string
	status  *widget.Label
	box     *fyne.Container
	undo    seenUndo
	linked  seenLinked
	gone    seenDismissed
	stale   bool // changed elsewhere while another tab was shown (seenChanged)
}

// newSeenPane returns an empty pane for the editor e of window u.
func newSeenPane(u *ui, e *claimEditor) *seenPane { return &seenPane{u: u, e: e} }

// content returns the tab's widget tree.
func (p *seenPane) content() fyne.CanvasObject {
	p.status = &widget.Label{Wrapping: fyne.TextWrapWord}
	p.box = container.NewVBox()
	return border(container.NewVBox(p.status, p.undo.content(p)), nil, nil, nil,
		container.NewVScroll(container.NewVBox(p.box, p.linked.content(), p.gone.content())))
}

// show finds the earlier checks of a claim ("" clears the tab); another
// claim than the one shown forgets the dismissals Undo would take back.
func (p *seenPane) show(claimID string) {
	if claimID != p.claimID {
		p.undo.clear()
	}
	p.claimID, p.stale = claimID, false
	p.box.RemoveAll()
	if claimID == "" {
		p.status.SetText("")
		p.linked.fill(p, nil, nil)
		p.gone.fill(p, nil, nil)
		return
	}
	p.status.SetText(lang.L("Looking for earlier checks…"))
	var found []match.SeenMatch
	var gone []*claims.Dismissal
	var links []*claims.PairLink
	var same map[string]bool
	var n int
	var err error
	p.u.background(func() {
		ctx := p.u.ctx()
		c, e := p.u.svc.Claims.FindClaimByID(ctx, claimID)
		if err = e; err != nil {
			return
		}
		gone, e = p.u.svc.Archives.Dismissals(ctx, claimID)
		if err = e; err != nil {
			return
		}
		links, e = p.u.svc.Archives.Links(ctx, claimID)
		if err = e; err != nil {
			return
		}
		// dismissed pairs are never suggested again; linked ones are in
		// the list of links below, and those in the claim's group through
		// other links are the same claim already: neither is suggested
		skip, sameNow, e := match.Known(ctx, p.u.svc.Archives, claimID)
		if err = e; err != nil {
			return
		}
		same = sameNow
		seen, e := p.u.seenCache().get(p.u)
		if err = e; err != nil {
			return
		}
		n = seen.LenWithout(claimID)
		found = seen.Find(match.Query{Text: c.Text, Claimant: c.Claimant, Date: c.ClaimDate}, claimID, skip, 5, false)
	}, func() {
		if claimID != p.claimID {
			return
		}
		if claims.ErrorCode(err) == claims.ENOTFOUND {
			// another checker deleted the claim; the editor says so too
			// (reloadIfClean), which is no error of the window
			p.status.SetText(lang.L("The claim shown was deleted elsewhere"))
			return
		}
		if err != nil {
			p.status.SetText("")
			p.u.showError("The earlier checks could not be loaded.", err)
			return
		}
		p.fill(found, n, len(links))
		p.linked.fill(p, links, standingDismissals(gone))
		p.gone.fill(p, gone, same)
		p.undo.keepStanding(links, gone)
		p.u.recheckBothPairs()
	})
}

// standingDismissals returns the dismissals whose other side is still
// there, by claims.TargetKey.
func standingDismissals(gone []*claims.Dismissal) map[string]bool {
	m := map[string]bool{}
	for _, d := range gone {
		if d.Text != "" {
			m[claims.TargetKey(d.Kind, d.TargetID)] = true
		}
	}
	return m
}

// showIfStale looks again for the claim shown when something changed
// elsewhere since (seenChanged); the editor calls it when the tab is
// selected.
func (p *seenPane) showIfStale() {
	if p.stale {
		p.show(p.claimID)
	}
}

// fill shows the matches; linked is the number of earlier checks the claim
// is linked to (listed below, not among the matches).
func (p *seenPane) fill(found []match.SeenMatch, n, linked int) {
	p.box.RemoveAll()
	switch {
	case n == 0:
		p.status.SetText(lang.L("No earlier checks to compare with yet: import a fact-check archive (File menu) or give other claims a verdict."))
	case len(found) == 0 && linked > 0:
		p.status.SetText(lang.LocalizePlural("No other earlier check of this claim among {{.Count}} records and checked claims.", n, map[string]any{"Count": formatCount(n)}))
	case len(found) == 0:
		p.status.SetText(lang.LocalizePlural("No earlier check of this claim among {{.Count}} records and checked claims.", n, map[string]any{"Count": formatCount(n)}))
	default:
		p.status.SetText(lang.LocalizePlural("Possible earlier checks: {{.Found}}, among {{.Count}} records and checked claims. Nothing is linked until you choose.",
			n, map[string]any{"Found": formatCount(len(found)), "Count": formatCount(n)}))
	}
	for _, m := range found {
		p.box.Add(p.row(m))
		p.box.Add(widget.NewSeparator())
	}
	p.box.Refresh()
}

// row shows one match.
func (p *seenPane) row(m match.SeenMatch) fyne.CanvasObject {
	t := m.Target
	level := &widget.Label{Text: levelLabel(m.Level), TextStyle: fyne.TextStyle{Bold: true}}
	verdict, col := verdictOf(p.u, t)
	sw := canvas.NewRectangle(col)
	sw.SetMinSize(fyne.NewSize(14, 14))
	head := container.NewHBox(level, container.NewCenter(sw), widget.NewLabel(verdict))
	text := &widget.Label{Text: oneLine(t.Text, 400), Wrapping: fyne.TextWrapWord}
	var why []string
	for _, r := range m.Reasons {
		why = append(why, matchReasonText(r))
	}
	reasons := &widget.Label{Text: lang.L("Why:") + " " + strings.Join(why, "; "), Wrapping: fyne.TextWrapWord}
	prov := noteLabel(provenance(t))
	link := &widget.Button{Text: lang.L("Link (same claim)"), OnTapped: func() { p.link(t) }}
	dismiss := &widget.Button{Text: lang.L("Not the same"), OnTapped: func() { p.dismiss(t) }}
	box := container.NewVBox(head, text, reasons, prov, container.NewHBox(link, dismiss))
	if l := earlierLabel(p.u, t); l != "" {
		// below the other two: side by side the three made the editor 595
		// pixels wide in German, the window too wide for a 1024-pixel screen
		box.Add(container.NewHBox(&widget.Button{Text: l, Importance: widget.LowImportance, OnTapped: func() { p.u.openEarlier(t) }}))
	}
	return box
}
