package app

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// The scenarios of this file each follow what a checker did when one of the
// defects of issue 9 showed, in the whole window on a real SQLite database.

// longTestText returns an invented German news text of n sentences, most of
// them with figures and a speaker, so that many become suggestions.
func longTestText(n int) string {
	var b strings.Builder
	b.WriteString("Haushalt der Gemeinde Birkenfeld\n\n")
	towns := []string{"Birkenfeld", "Ahornbach", "Tannheim", "Erlenau", "Buchwald"}
	for i := 0; i < n; i++ {
		town := towns[i%len(towns)]
		switch i % 3 {
		case 0:
			fmt.Fprintf(&b, "Die Gemeinde %s gab im Jahr %d genau %d Millionen Euro für Schulen aus, sagte Kämmerin Ruth Abel. ", town, 2001+i, 10+i)
		case 1:
			fmt.Fprintf(&b, "Nach Angaben des Landesamts stieg die Zahl der Einwohner in %s um %d Prozent. ", town, 3+i)
		default:
			fmt.Fprintf(&b, "Der Bürgermeister von %s eröffnete am Montag eine neue Brücke.\n\n", town)
		}
	}
	return b.String()
}

// newScenario is the whole window on a fresh database; the test fails if
// a panic was caught in a UI callback meanwhile (the guard keeps the window
// open, so a panic would otherwise pass unnoticed).
func newScenario(t *testing.T) *shellFixture {
	t.Helper()
	f := newShellFixture(t)
	n := panics.Load()
	t.Cleanup(func() {
		if d := panics.Load() - n; d > 0 {
			t.Errorf("%d panics caught in UI callbacks", d)
		}
	})
	return f
}

// addArticle stores an article through the service and refreshes the window.
func (f *shellFixture) addArticle(title, body string) *claims.Article {
	f.t.Helper()
	a := &claims.Article{Title: title, Body: body, Language: "de", Publisher: "Testblatt"}
	if err := f.svc.Articles.CreateArticle(f.u.ctx(), a); err != nil {
		f.t.Fatalf("create article: %v", err)
	}
	f.do(func() { f.u.changed() })
	return a
}

// storedClaims returns every stored claim.
func (f *shellFixture) storedClaims() []*claims.Claim {
	f.t.Helper()
	cs, _, err := f.svc.Claims.FindClaims(context.Background(), claims.ClaimFilter{})
	if err != nil {
		f.t.Fatal(err)
	}
	return cs
}

// Defect 1: opening a longer article, then a shorter one, closed the window
// (index out of range in the suggestion list).
func TestScenarioLongThenShortArticle(t *testing.T) {
	f := newScenario(t)
	long := f.addArticle("Lang", longTestText(60))
	short := f.addArticle("Kurz", readerTestText)
	r := f.s.articles.reader
	f.do(func() { f.s.openArticle(long.ID) })
	if r.article == nil || r.article.ID != long.ID || len(r.suggested) < 10 {
		t.Fatalf("long article not shown with suggestions: %d", len(r.suggested))
	}
	// select a suggestion far down, as a checker scrolling through would
	f.do(func() { r.panel.list.Select(len(r.suggested) - 1) })
	f.do(func() { f.s.openArticle(short.ID) })
	if r.article.ID != short.ID {
		t.Fatalf("reader shows %q", r.article.Title)
	}
	for _, u := range r.suggested {
		if u >= len(r.units) {
			t.Fatalf("suggestion %d beyond the %d sentences", u, len(r.units))
		}
	}
	// and back, and a new paste on top
	f.do(func() { f.s.openArticle(long.ID) })
	f.do(func() { f.s.openArticle(short.ID) })
}

// Defect 2: Ctrl+N with a claim open inherited its verdict and evidence.
func TestScenarioNewClaimStartsEmpty(t *testing.T) {
	f := newScenario(t)
	c := f.addClaim("Die Brücke kostete 12 Millionen Euro.")
	e := f.s.claims.editor
	src := &claims.Source{Title: "Haushaltsplan", URL: "https://example.org/haushalt"}
	if err := f.svc.Sources.CreateSource(f.u.ctx(), src); err != nil {
		t.Fatal(err)
	}
	for _, st := range []claims.Stance{claims.StanceSupports, claims.StanceRefutes} {
		ev := &claims.Evidence{ClaimID: c.ID, SourceID: src.ID, Stance: st}
		if err := f.svc.Evidence.CreateEvidence(f.u.ctx(), ev); err != nil {
			t.Fatal(err)
		}
	}
	f.do(func() { f.u.openClaim(c.ID) })
	f.do(func() {
		e.verdict.SetSelected("Mostly true")
		test.Type(e.rationale, "Laut Plan 11,8 Millionen.")
		test.Type(e.tags, "bau")
		test.Tap(e.save)
	})
	if got, _ := f.svc.Claims.FindClaimByID(context.Background(), c.ID); got.RatingID == "" {
		t.Fatalf("verdict not stored")
	}
	f.do(func() { f.s.onNewClaim() })
	if !e.isNew || e.claim != nil {
		t.Fatalf("editor is not a new claim")
	}
	if msg := editorNotEmpty(e); msg != "" {
		t.Fatalf("new claim is not empty: %s", msg)
	}
	f.do(func() {
		test.Type(e.text, "Der Tunnel ist 3 Kilometer lang.")
		test.Tap(e.save)
	})
	for _, sc := range f.storedClaims() {
		if sc.Text == "Der Tunnel ist 3 Kilometer lang." && (sc.RatingID != "" || sc.Rationale != "" || len(sc.Tags) > 0) {
			t.Fatalf("new claim stored with %q %q %v", sc.RatingID, sc.Rationale, sc.Tags)
		}
	}
}

// Defect 4: a space typed at a line wrap of a multi-line entry was lost
// (it moved to the end of the text, where saving trims it). Where a line
// wraps depends on the width, so the sentence is typed at window widths from
// the smallest supported one up; the entries of the real editor wrap.
func TestScenarioSpaceAtLineWrapKept(t *testing.T) {
	f := newScenario(t)
	f.do(func() { f.s.onNewClaim() })
	e := f.s.claims.editor
	want := "Die Kanzlerin reiste am Dienstag bis Blinken und weiter nach Genf, um dort über Zölle zu sprechen, sagte ein Sprecher."
	for w := float32(1024); w <= 1400; w += 32 {
		for _, entry := range []*wrapEntry{e.text, e.rationale} {
			f.do(func() {
				f.u.win.Resize(fyne.NewSize(w, 700))
				entry.SetText("")
				f.u.win.Canvas().Focus(entry)
				typeLikeDesktop(entry, want)
			})
			if entry.Text != want {
				t.Fatalf("window width %.0f: typed across the wrap:\n got %q\nwant %q", w, entry.Text, want)
			}
		}
	}
}

// typeLikeDesktop types s into e as the desktop driver delivers it: for
// every character first the key (the space bar, a letter) to TypedKey, then
// the character to TypedRune, with no focus event in between.
func typeLikeDesktop(e fyne.Focusable, s string) {
	for _, r := range s {
		name := fyne.KeyName(strings.ToUpper(string(r)))
		if r == ' ' {
			name = fyne.KeySpace
		}
		e.TypedKey(&fyne.KeyEvent{Name: name})
		e.TypedRune(r)
	}
}

// editorNotEmpty says which field or tab of the editor is not empty, "" if
// none is: the state a new claim must start in.
func editorNotEmpty(e *claimEditor) string {
	switch {
	case e.text.Text != "":
		return "text " + e.text.Text
	case e.claimant.Text != "":
		return "claimant " + e.claimant.Text
	case e.date.Text != "":
		return "date " + e.date.Text
	case e.status.SelectedIndex() != 0:
		return "status " + e.status.Selected
	case e.verdict.SelectedIndex() > 0:
		return "verdict " + e.verdict.Selected
	case e.selectedRating() != "":
		return "rating " + e.selectedRating()
	case e.conclusion.Text != "":
		return "conclusion " + e.conclusion.Text
	case e.rationale.Text != "":
		return "rationale " + e.rationale.Text
	case e.tags.Text != "":
		return "tags " + e.tags.Text
	case len(e.evidence.items) > 0:
		return fmt.Sprintf("%d evidence items", len(e.evidence.items))
	case e.tabs.Items[1].Text != e.evidenceTabTitle(0):
		return "evidence tab " + e.tabs.Items[1].Text
	case len(e.history.lines()) > 0:
		return "history " + strings.Join(e.history.lines(), "; ")
	}
	return ""
}

// Defect 3c: after a restart the status filter read "All statuses (0)"
// above three claims.
func TestScenarioRestartCountsClaims(t *testing.T) {
	f := newScenario(t)
	for _, s := range []string{"Eins ist eins.", "Zwei ist zwei.", "Drei ist drei."} {
		f.addClaim(s)
	}
	f.do(func() { f.u.shell.savePrefs() })
	var u2 *ui
	f.do(func() { u2 = newUI(f.u.app, f.svc, Options{Location: "test.db"}) })
	t.Cleanup(func() { u2.win.Close() })
	u2.wait()
	v := u2.shell.claims
	if v.total != 3 || v.status.Selected != "All statuses (3)" {
		t.Fatalf("after restart: %d claims listed, status filter %q", v.total, v.status.Selected)
	}
}

// listSelection returns the selected row of a list, -1 for none. Fyne has
// no getter, so the test reads the list's own record of it.
func listSelection(l *widget.List) int {
	sel := reflect.ValueOf(l).Elem().FieldByName("selected")
	if sel.Len() == 0 {
		return -1
	}
	return int(sel.Index(0).Int())
}

// listedClaim returns the claim the claims list marks, nil for none.
func listedClaim(v *claimsView) *claims.Claim {
	row := listSelection(v.list)
	if row < 0 {
		return nil
	}
	return v.claimAt(row)
}

// checkListMatchesEditor fails unless the claims list marks the claim the
// editor shows, or no claim.
func checkListMatchesEditor(t *testing.T, v *claimsView) {
	t.Helper()
	c := listedClaim(v)
	if c != nil && c.ID != v.editor.claimID() {
		t.Fatalf("the list marks %q, the editor shows %q", c.Text, v.editor.text.Text)
	}
}

// Defect 3a: after "Open in editor" in the reader the claims list marked
// another claim than the editor showed.
func TestScenarioOpenInEditorMarksListRow(t *testing.T) {
	f := newScenario(t)
	a := f.addArticle("Kurz", readerTestText)
	r := f.s.articles.reader
	f.do(func() { f.s.show(viewClaims) })
	f.do(func() { f.s.openArticle(a.ID) })
	// accept two suggestions; open the second from the reader
	f.do(func() { r.onAccept(r.suggested[0]) })
	f.do(func() { f.s.show(viewClaims) }) // the list marks the first claim
	f.do(func() { f.s.openArticle(a.ID) })
	f.do(func() { r.onAccept(r.suggested[1]) })
	f.do(func() { test.Tap(r.openBtn) })
	v := f.s.claims
	if f.s.currentKey() != viewClaims || v.editor.claim == nil {
		t.Fatal("the claim is not open in the editor")
	}
	checkListMatchesEditor(t, v)
	if listedClaim(v) == nil {
		t.Fatalf("the list marks no claim though the open one is listed")
	}
}

// Defect 3b: the Sources view marked one source and showed another, with
// a stale "No snapshots yet".
func TestScenarioSourcesListMatchesDetails(t *testing.T) {
	f := newScenario(t)
	c := f.addClaim("Der Haushalt wächst um 3 Prozent.")
	var srcs []*claims.Source
	for _, title := range []string{"Haushaltsplan", "Pressemitteilung", "Ratsprotokoll"} {
		s := &claims.Source{Title: title}
		if err := f.svc.Sources.CreateSource(f.u.ctx(), s); err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, s)
	}
	if err := f.svc.Evidence.CreateEvidence(f.u.ctx(), &claims.Evidence{ClaimID: c.ID, SourceID: srcs[1].ID, Stance: claims.StanceSupports}); err != nil {
		t.Fatal(err)
	}
	v := f.s.sources
	f.do(func() { f.s.show(viewSources) })
	// "Show source" from the evidence menu opens another source than the first
	f.do(func() { f.u.openSource(srcs[1].ID) })
	checkSources := func(when string) {
		t.Helper()
		row := listSelection(v.list)
		if v.current == nil {
			t.Fatalf("%s: no source shown", when)
		}
		if row < 0 || v.items[row].ID != v.current.ID {
			t.Fatalf("%s: the list marks row %d, the details show %q", when, row, v.current.Title)
		}
	}
	checkSources("after Show source")
	// a snapshot attached elsewhere shows once records changed
	if _, err := f.svc.Sources.AttachSnapshot(f.u.ctx(), srcs[1].ID, "seite.html", strings.NewReader("<p>Haushalt</p>")); err != nil {
		t.Fatal(err)
	}
	f.do(func() { f.u.changed() })
	checkSources("after a change")
	if len(v.current.Snapshots) != 1 || !v.noSnaps.Hidden {
		t.Fatalf("details show %d snapshots, note hidden=%v", len(v.current.Snapshots), v.noSnaps.Hidden)
	}
	// clicking a row shows that source
	f.do(func() { v.list.Select(2) })
	checkSources("after a click")
}

// Defect 3d and 3e: filtering hid the open claim while the editor kept it;
// a save re-sorted the list under the mouse.
func TestScenarioFilterAndSaveKeepListAndEditorInStep(t *testing.T) {
	f := newScenario(t)
	for _, s := range []string{"Eins ist eins.", "Zwei ist zwei.", "Drei ist drei.", "Vier ist vier."} {
		f.addClaim(s)
	}
	v, e := f.s.claims, f.s.claims.editor
	f.do(func() { f.s.show(viewClaims) })
	f.do(func() { v.list.Select(2) })
	open := e.claim
	if open == nil || listedClaim(v).ID != open.ID {
		t.Fatal("the clicked claim is not open")
	}
	// a save keeps the rows where they were (sorted by recent change)
	order := func() []string {
		var ids []string
		for i := 0; i < v.total; i++ {
			ids = append(ids, v.claimAt(i).ID)
		}
		return ids
	}
	before := order()
	f.do(func() {
		test.Type(e.rationale, "Belegt.")
		test.Tap(e.save)
	})
	if after := order(); strings.Join(after, ",") != strings.Join(before, ",") {
		t.Fatalf("the list re-sorted on save")
	}
	checkListMatchesEditor(t, v)
	if listSelection(v.list) != 2 {
		t.Fatalf("the saved claim's row moved to %d", listSelection(v.list))
	}
	// a filter that leaves the open claim out: no row marked, a note says so
	f.do(func() { v.status.SetSelectedIndex(1 + slices.Index(claims.Statuses, claims.StatusPublished)) })
	checkListMatchesEditor(t, v)
	if v.total != 0 || v.hidden.Hidden {
		t.Fatalf("filter: %d rows, note hidden=%v", v.total, v.hidden.Hidden)
	}
	f.do(func() { v.status.SetSelectedIndex(0) })
	checkListMatchesEditor(t, v)
	if !v.hidden.Hidden || listedClaim(v) == nil {
		t.Fatalf("after clearing the filter the open claim is not marked")
	}
}

// Defect 5a: the first click into "Select passage" after scrolling jumped
// to the top, so the cursor and the selection landed in the wrong sentence.
func TestScenarioPassageFirstClickStaysPut(t *testing.T) {
	f := newScenario(t)
	a := f.addArticle("Lang", longTestText(60))
	r := f.s.articles.reader
	f.do(func() { f.s.openArticle(a.ID) })
	f.do(func() { r.tabs.SelectIndex(1) })
	e := r.passage
	c := f.u.win.Canvas()
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(e)
	f.do(func() {
		c.Focus(r.panel.list) // the checker was using the suggestions
		test.Scroll(c, at.Add(fyne.NewPos(50, 50)), 0, -800)
	})
	f.do(func() {
		ev := &desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(40, 30)}, Button: desktop.MouseButtonPrimary}
		e.MouseDown(ev)
		e.MouseUp(ev)
	})
	if c.Focused() != e {
		t.Fatal("the click did not focus the passage")
	}
	if off, ok := e.scrollOffset(); !ok || off.Y < 400 {
		t.Fatalf("the view jumped to scroll offset %v (readable: %v)", off, ok)
	}
	lineHeight := fyne.MeasureText("M", theme.TextSize(), fyne.TextStyle{}).Height
	if minRow := int(600 / lineHeight); e.CursorRow < minRow {
		t.Fatalf("after scrolling 800 and clicking near the top the cursor is in row %d, want at least %d", e.CursorRow, minRow)
	}
}

// Defect 5b: a claim made with Ctrl+K from a passage kept its lowercase
// start, got neither the claimant nor the score of its sentence, and the
// sentence's suggestion still offered Accept.
func TestScenarioCtrlKClaimTakesItsSentence(t *testing.T) {
	f := newScenario(t)
	a := f.addArticle("Kurz", readerTestText)
	r := f.s.articles.reader
	f.do(func() { f.s.openArticle(a.ID) })
	want := "einen Rekordgewinn von 42 Millionen Euro"
	at := strings.Index(a.Body, want)
	unit := r.unitAt(at)
	u := r.units[unit]
	if u.Claimant == "" || u.Score < r.threshold {
		t.Fatalf("test text: the sentence has claimant %q, score %.2f", u.Claimant, u.Score)
	}
	f.do(func() { r.tabs.SelectIndex(1) })
	e := r.passage
	f.do(func() {
		f.u.win.Canvas().Focus(e)
		typeKeys(e, fyne.KeyRight, len([]rune(a.Body[:at])))
		e.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
		typeKeys(e, fyne.KeyRight, len([]rune(want)))
		e.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
		e.TypedShortcut(makeClaimShortcut)
	})
	cs := f.storedClaims()
	if len(cs) != 1 {
		t.Fatalf("%d claims stored", len(cs))
	}
	c := cs[0]
	if c.Text != "Einen Rekordgewinn von 42 Millionen Euro" || c.Anchor.Exact != want {
		t.Errorf("claim text %q, quote %q", c.Text, c.Anchor.Exact)
	}
	if c.Claimant != u.Claimant || c.Score != u.Score {
		t.Errorf("claimant %q score %.2f, the sentence has %q %.2f", c.Claimant, c.Score, u.Claimant, u.Score)
	}
	// the sentence's suggestion counts as taken: accepting it adds nothing
	if r.marks[unit].claimID != c.ID {
		t.Fatalf("the suggestion is not marked as covered by the claim")
	}
	f.do(func() {
		r.panel.selectUnit(unit)
		if !r.panel.dAccept.Hidden {
			t.Errorf("the suggestion still offers Accept")
		}
		r.onAccept(unit)
	})
	if n := len(f.storedClaims()); n != 1 {
		t.Fatalf("accepting the covered suggestion made %d claims", n)
	}
}

// Found by TestUIWalk: with an unsaved new claim that cannot be saved (it
// has no text), clicking a claim in the list and answering Save left the
// list marking the clicked claim while the editor kept the draft.
func TestScenarioFailedSaveKeepsListAndEditorInStep(t *testing.T) {
	f := newScenario(t)
	f.addClaim("Eins ist eins.")
	f.addClaim("Zwei ist zwei.")
	v, e := f.s.claims, f.s.claims.editor
	f.do(func() {
		f.s.onNewClaim()
		test.Type(e.rationale, "Noch ohne Text.")
	})
	f.do(func() { v.list.Select(1) })
	f.do(func() { test.Tap(f.topDialogButton("Save")) })
	if !strings.Contains(f.topText(), "A claim needs text.") {
		t.Fatalf("no message about the missing text: %q", f.topText())
	}
	f.do(func() { test.Tap(f.topDialogButton("OK")) })
	if !e.isNew || e.rationale.Text != "Noch ohne Text." {
		t.Fatalf("the draft was not kept")
	}
	checkListMatchesEditor(t, v)
}
