package app

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// Scenarios of issue 9, defect 3: the list and the details beside it show
// the same record, or the list marks none.

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
	closeAtEnd(t, u2, nil)
	u2.wait()
	v := u2.shell.claims
	if v.total != 3 || v.status.Selected != "All statuses (3)" {
		t.Fatalf("after restart: %d claims listed, status filter %q", v.total, v.status.Selected)
	}
}

// Defect 3c, the start with a slow disk: the first page of claims arrives
// before the counts per status (or the count fails). The filter must not
// say "(0)" above the listed claims meanwhile, and says the counts once
// they arrive.
func TestScenarioRestartCountsArriveLate(t *testing.T) {
	f := newScenario(t)
	for _, s := range []string{"Eins ist eins.", "Zwei ist zwei.", "Drei ist drei."} {
		f.addClaim(s)
	}
	for _, failing := range []bool{false, true} {
		gate := make(chan struct{})
		svc := f.svc
		svc.Claims = lateCounts{ClaimService: f.svc.Claims, gate: gate, fail: failing}
		var u2 *ui
		f.do(func() { u2 = newUI(f.u.app, svc, Options{Location: "test.db"}) })
		v := u2.shell.claims
		total, label := listedUnder(v, 3)
		if total != 3 || strings.Contains(label, "(0)") {
			t.Errorf("failing %v: while counting, %d claims listed under %q", failing, total, label)
		}
		close(gate)
		u2.wait()
		want := "All statuses (3)"
		if failing {
			want = "All statuses"
		}
		if v.status.Selected != want {
			t.Errorf("failing %v: counted, the filter reads %q, want %q", failing, v.status.Selected, want)
		}
		f.do(func() { u2.win.Close() })
	}
}

// listedUnder waits up to 5 s for the claims view to list want claims and
// returns how many it lists and the status filter's label then.
func listedUnder(v *claimsView, want int) (int, string) {
	var total int
	var label string
	for i := 0; i < 500 && total != want; i++ {
		time.Sleep(10 * time.Millisecond)
		uiMu.Lock()
		total, label = v.total, v.status.Selected
		uiMu.Unlock()
	}
	return total, label
}

// lateCounts is a claim service whose counts per status wait for gate,
// then fail if fail is set (a slow or failing disk).
type lateCounts struct {
	claims.ClaimService
	gate chan struct{}
	fail bool
}

func (c lateCounts) CountClaimsByStatus(ctx context.Context, f claims.ClaimFilter) (map[claims.Status]int, error) {
	<-c.gate
	if c.fail {
		return nil, claims.Errorf(claims.EINTERNAL, "disk I/O error")
	}
	return c.ClaimService.CountClaimsByStatus(ctx, f)
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
	row := listSelection(&v.list.List)
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
		row := listSelection(&v.list.List)
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
	if listSelection(&v.list.List) != 2 {
		t.Fatalf("the saved claim's row moved to %d", listSelection(&v.list.List))
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
	// The refusal is shown under the text field (no message box).
	if got := e.notes.text("text"); !strings.Contains(got, "A claim needs text.") {
		t.Fatalf("no note about the missing text under the field: %q (top: %q)", got, f.topText())
	}
	if !e.isNew || e.rationale.Text != "Noch ohne Text." {
		t.Fatalf("the draft was not kept")
	}
	checkListMatchesEditor(t, v)
}

// A checker types a word into the search box above 1,000,000 claims: the
// list shows the 359,735 that match before their counts per status are
// known. Meanwhile the status filter must not read "All statuses
// (1000000)" beside "359735 claims" (the counts of the previous filter);
// it shows no number until the new counts arrive, then theirs.
func TestScenarioFilterDropsOldCounts(t *testing.T) {
	f := newScenario(t)
	for _, s := range []string{"Eins ist eins.", "Zwei ist zwei.", "Drei und eins."} {
		f.addClaim(s)
	}
	gate := make(chan struct{})
	svc := f.svc
	svc.Claims = lateCounts{ClaimService: f.svc.Claims, gate: gate}
	close(gate) // the first counts arrive at once
	var u2 *ui
	f.do(func() { u2 = newUI(f.u.app, svc, Options{Location: "test.db"}) })
	closeAtEnd(t, u2, nil)
	u2.wait()
	v := u2.shell.claims
	if v.status.Selected != "All statuses (3)" {
		t.Fatalf("before filtering: %q", v.status.Selected)
	}
	gate = make(chan struct{})
	v.u.svc.Claims = lateCounts{ClaimService: f.svc.Claims, gate: gate}
	uiMu.Lock()
	v.setQuery("eins")
	uiMu.Unlock()
	total, label := listedUnder(v, 2)
	if total != 2 || label != "All statuses" {
		t.Errorf("while counting: %d claims listed under %q, want 2 under \"All statuses\"", total, label)
	}
	close(gate)
	u2.wait()
	if v.status.Selected != "All statuses (2)" {
		t.Errorf("counted: the filter reads %q", v.status.Selected)
	}
}

// lateSearch is a search service whose searches wait for gate (a common
// word in a large database).
type lateSearch struct {
	claims.SearchService
	gate chan struct{}
}

func (s lateSearch) Search(ctx context.Context, q claims.SearchQuery) ([]claims.SearchHit, int, error) {
	<-s.gate
	return s.SearchService.Search(ctx, q)
}

// A search that takes a while says so: the Search view's heading reads
// "Searching…" (not the empty view's prompt) until the hits arrive.
func TestScenarioSearchSaysSearching(t *testing.T) {
	f := newScenario(t)
	f.addClaim("Die Regierung hat den Haushalt beschlossen.")
	gate := make(chan struct{})
	f.u.svc.Search = lateSearch{SearchService: f.svc.Search, gate: gate}
	uiMu.Lock()
	f.u.shell.show(viewSearch)
	f.u.shell.search.run("regierung")
	title, hint := f.u.shell.search.title.Text, f.u.shell.search.hint.Visible()
	uiMu.Unlock()
	if title != "Searching…" || hint {
		t.Errorf("while searching: heading %q, prompt shown %v", title, hint)
	}
	close(gate)
	f.wait()
	if got := f.u.shell.search.title.Text; got != "1 hit" {
		t.Errorf("after the search: heading %q", got)
	}
}
