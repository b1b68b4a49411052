package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
	"claimdesk/storage/sqlite"
)

// chipOf returns the label and fill of the verdict chip in a claims row.
func chipOf(row fyne.CanvasObject) (string, bool, fyne.CanvasObject) {
	meta := row.(*fyne.Container).Objects[rowMeta].(*fyne.Container).Objects[0].(*fyne.Container)
	chip := meta.Objects[0].(*fyne.Container)
	t := chip.Objects[1].(*fyne.Container).Objects[0].(*canvas.Text)
	return t.Text, chip.Visible(), chip.Objects[0]
}

// TestVerdictChips checks that True and Mostly true, once two near-equal
// green dots, are told apart by their labelled chips, and that the row keeps
// the whole claim text for its full width.
func TestVerdictChips(t *testing.T) {
	f := newShellFixture(t)
	long := "Die Zahl der Beschäftigten in der Braunkohle sank zwischen 2015 und 2023 um mehr als ein Drittel."
	a := &claims.Claim{Text: long, RatingID: claims.ScalePolitiFact + ":true"}
	b := &claims.Claim{Text: "Kurz.", RatingID: claims.ScalePolitiFact + ":mostly-true"}
	c := &claims.Claim{Text: "Ohne Urteil."}
	for _, cl := range []*claims.Claim{a, b, c} {
		if err := f.svc.Claims.CreateClaim(f.u.ctx(), cl); err != nil {
			t.Fatal(err)
		}
	}
	rowA, rowB, rowC := newClaimRow(), newClaimRow(), newClaimRow()
	f.do(func() {
		fillClaimRow(rowA, a, f.u.scales)
		fillClaimRow(rowB, b, f.u.scales)
		fillClaimRow(rowC, c, f.u.scales)
	})
	la, va, bgA := chipOf(rowA)
	lb, vb, bgB := chipOf(rowB)
	if !va || !vb || la != "True" || lb != "Mostly true" {
		t.Fatalf("chips %q (%v), %q (%v)", la, va, lb, vb)
	}
	if bgA.(*canvas.Rectangle).FillColor == bgB.(*canvas.Rectangle).FillColor {
		t.Error("True and Mostly true chips have the same colour")
	}
	if lc, _, _ := chipOf(rowC); lc != "No verdict" {
		t.Errorf("no-verdict chip = %q", lc)
	}
	if got := rowA.(*fyne.Container).Objects[rowText].(*widget.Label).Text; got != long {
		t.Errorf("row text = %q", got)
	}
	// the row gives the text the list's width, not what is left beside a score
	// and a status
	rowA.Resize(fyne.NewSize(400, rowA.MinSize().Height))
	if w := rowA.(*fyne.Container).Objects[rowText].Size().Width; w < 390 {
		t.Errorf("text width %v of a 400 wide row", w)
	}
}

// TestFirstStartAsksCheckerName starts the window with no checker name: it
// asks for one, stores it and records it in the history.
func TestFirstStartAsksCheckerName(t *testing.T) {
	t.Setenv("LANG", "en_US.UTF-8")
	a := test.NewTempApp(t)
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "first.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	uiMu.Lock()
	u := newUI(a, db.Services(), Options{Location: "first.db"})
	uiMu.Unlock()
	closeAtEnd(t, u, nil)
	u.wait()
	d := u.shell.nameDialog
	if d == nil || u.win.Canvas().Overlays().Top() == nil {
		t.Fatal("no question for the checker's name on the first start")
	}
	entry, ok := u.win.Canvas().Focused().(*keyEntry)
	if !ok {
		t.Fatalf("focus is on %T, not the name field", u.win.Canvas().Focused())
	}
	uiMu.Lock()
	test.Type(entry, "Carla Checker")
	entry.OnSubmitted(entry.Text)
	uiMu.Unlock()
	u.wait()
	if got := a.Preferences().String(prefCheckerName); got != "Carla Checker" {
		t.Fatalf("name stored = %q", got)
	}
	c := &claims.Claim{Text: "Die Mieten stiegen 2024 um 7 Prozent."}
	if err := u.svc.Claims.CreateClaim(u.ctx(), c); err != nil {
		t.Fatal(err)
	}
	h, _ := u.svc.History.ClaimHistory(u.ctx(), c.ID)
	if len(h) == 0 || h[0].Actor != "Carla Checker" {
		t.Fatalf("history actor = %+v", h)
	}
	// asked once: a second window does not ask again
	uiMu.Lock()
	u2 := newUI(a, db.Services(), Options{Location: "first.db"})
	uiMu.Unlock()
	closeAtEnd(t, u2, nil)
	u2.wait()
	if u2.shell.nameDialog != nil {
		t.Fatal("asked again with a name set")
	}
}

// TestToolbarBoxPerView checks that the box shows, in every view, the text
// that view applies and a placeholder saying what it does there.
func TestToolbarBoxPerView(t *testing.T) {
	f := newShellFixture(t)
	f.addClaim("Die Inflation lag 2023 bei 5,9 Prozent.")
	f.do(func() { f.s.show(viewClaims) })
	f.do(func() { f.s.query.SetText("Inflation") })
	f.do(func() { f.s.runQuery() })
	f.do(func() { f.s.show(viewSources) })
	if f.s.query.Text != "" || !strings.Contains(f.s.query.PlaceHolder, "Search") {
		t.Fatalf("sources view box %q (%q)", f.s.query.Text, f.s.query.PlaceHolder)
	}
	f.do(func() { f.s.query.SetText("Prozent") })
	f.do(func() { f.s.runQuery() })
	if f.s.currentKey() != viewSearch || f.s.query.Text != "Prozent" {
		t.Fatalf("search from sources: view %q box %q", f.s.currentKey(), f.s.query.Text)
	}
	f.do(func() { f.s.show(viewClaims) })
	if f.s.query.Text != "Inflation" || !strings.Contains(f.s.query.PlaceHolder, "Filter claims") {
		t.Fatalf("claims view box %q (%q)", f.s.query.Text, f.s.query.PlaceHolder)
	}
	f.do(func() { f.s.show(viewArticles) })
	if f.s.query.Text != "Prozent" {
		t.Fatalf("articles view box %q", f.s.query.Text)
	}
}

// TestSearchHighlight checks that the searched words stand out in the
// title and the snippet of a hit.
func TestSearchHighlight(t *testing.T) {
	if got := markWords("Inflation [sinkt] auf 2,1 Prozent", []string{"infl", "proz"}); got != "[Inflation] sinkt auf 2,1 [Prozent]" {
		t.Errorf("markWords = %q", got)
	}
	segs := highlighted("… die [Inflation] sank", "")
	var hits, plain []string
	for _, s := range segs {
		ts := s.(*widget.TextSegment)
		if ts.Style.TextStyle.Bold {
			hits = append(hits, ts.Text)
		} else {
			plain = append(plain, ts.Text)
		}
	}
	if strings.Join(hits, "|") != "Inflation" || strings.Join(plain, "|") != "… die | sank" {
		t.Errorf("hits %q, plain %q", hits, plain)
	}

	f := newShellFixture(t)
	f.addClaim("Die Inflation lag 2023 bei 5,9 Prozent.")
	f.do(func() { f.s.show(viewSearch) })
	f.do(func() { f.s.search.run("inflation") })
	if len(f.s.search.hits) == 0 {
		t.Fatal("no hits")
	}
	row := f.s.search.list.CreateItem().(*tapRow).child // the row the view fills (list_tap.go)
	f.do(func() { f.s.search.updateRow(0, row) })
	box := row.(*fyne.Container).Objects[1].(*fyne.Container) // after the icon (border.go)
	for i, o := range box.Objects {
		found := false
		for _, s := range o.(*widget.RichText).Segments {
			if ts := s.(*widget.TextSegment); ts.Style.TextStyle.Bold && strings.EqualFold(ts.Text, "Inflation") {
				found = true
			}
		}
		if !found {
			t.Errorf("line %d of the hit does not highlight the word: %+v", i, o.(*widget.RichText).String())
		}
	}
}

// TestHistoryValueExpands checks that a long old and new value in the
// history can be shown in full and shortened again.
func TestHistoryValueExpands(t *testing.T) {
	f := newShellFixture(t)
	old := strings.Repeat("Der alte Wortlaut der Behauptung ist sehr lang. ", 5)
	nw := strings.Repeat("Der neue Wortlaut der Behauptung ist noch länger. ", 5) + "ENDE"
	c := f.addClaim(old)
	if _, err := f.svc.Claims.UpdateClaim(f.u.ctx(), c.ID, claims.ClaimUpdate{Text: &nw}); err != nil {
		t.Fatal(err)
	}
	f.do(func() { f.u.openClaim(c.ID) })
	h := f.s.claims.editor.history
	if len(h.events) < 2 {
		t.Fatalf("history has %d events", len(h.events))
	}
	row := historyRow() // the row the pane fills, without the key mark (list_mark.go)
	f.do(func() { h.updateRow(0, row) })
	title := row.(*fyne.Container).Objects[0].(*widget.Label)
	if strings.Contains(title.Text, "ENDE") {
		t.Fatalf("the long value is not shortened: %q", title.Text)
	}
	before := row.MinSize().Height
	f.do(func() { h.toggle(0) })
	f.do(func() { h.updateRow(0, row) })
	if !strings.Contains(title.Text, "ENDE") || !strings.Contains(title.Text, strings.TrimSpace(old)) {
		t.Fatalf("expanded row = %q", title.Text)
	}
	if h.rowHeight(h.event(0)) <= before {
		t.Errorf("expanded row height %v, collapsed %v", h.rowHeight(h.event(0)), before)
	}
	f.do(func() { h.toggle(0) })
	f.do(func() { h.updateRow(0, row) })
	if strings.Contains(title.Text, "ENDE") {
		t.Fatal("the row did not shorten again")
	}
}

// TestVerdictSwatchOnlyWithVerdict: beside "No verdict" the editor drew an
// empty outlined square that looked like a check box; it shows only with a
// verdict, in the verdict's colour.
func TestVerdictSwatchOnlyWithVerdict(t *testing.T) {
	f := newShellFixture(t)
	c := f.addClaim("Die Arbeitslosenquote stieg im Mai auf 6,1 Prozent.")
	f.do(func() { f.u.openClaim(c.ID) })
	e := f.s.claims.editor
	if e.swatch.StrokeWidth != 0 || e.swatch.FillColor != color0 {
		t.Fatalf("swatch without a verdict: stroke %v fill %v, want nothing drawn", e.swatch.StrokeWidth, e.swatch.FillColor)
	}
	f.do(func() { e.verdict.SetSelected("False") })
	if e.swatch.StrokeWidth == 0 || e.swatch.FillColor == color0 {
		t.Fatalf("swatch with a verdict: stroke %v fill %v, want the verdict's colour", e.swatch.StrokeWidth, e.swatch.FillColor)
	}
	f.do(func() { e.verdict.SetSelectedIndex(0) })
	if e.swatch.StrokeWidth != 0 {
		t.Fatalf("swatch after choosing no verdict again: stroke %v, want 0", e.swatch.StrokeWidth)
	}
}
