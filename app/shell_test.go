package app

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
	"claimdesk/storage/sqlite"
)

// shellFixture is the whole main window on a fresh database.
type shellFixture struct {
	t   *testing.T
	u   *ui
	s   *shell
	svc claims.Services
	// dbPath is the fixture's database file.
	dbPath string
	// closed is set by tests that close the window themselves.
	closed bool
}

// syncBuffer is a log sink safe for concurrent writers.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// newShellFixture opens a database in t.TempDir() and builds the window
// with New's code path. The log is watched for Fyne threading errors.
func newShellFixture(t *testing.T) *shellFixture {
	t.Helper()
	t.Setenv("LANG", "en_US.UTF-8")
	logs := &syncBuffer{}
	log.SetOutput(io.MultiWriter(os.Stderr, logs))
	t.Cleanup(func() {
		log.SetOutput(os.Stderr)
		if strings.Contains(logs.String(), "Error in Fyne call thread") {
			t.Errorf("Fyne threading error logged:\n%s", logs.String())
		}
	})
	waitAllJobs() // nothing of an earlier test still runs
	a := test.NewTempApp(t)
	dbPath := filepath.Join(t.TempDir(), "shell.db")
	db, err := sqlite.Open(dbPath)
	if err != nil {
		t.Fatalf("open database: %v", err)
	}
	t.Cleanup(func() { _ = db.Close() })
	a.Preferences().SetString(prefCheckerName, "Anna Prüferin")
	uiMu.Lock()
	u := newUI(a, db.Services(), Options{Location: "test.db"})
	uiMu.Unlock()
	u.win.Resize(fyne.NewSize(1280, 800))
	f := &shellFixture{t: t, u: u, s: u.shell, svc: u.svc, dbPath: dbPath}
	closeAtEnd(t, u, &f.closed)
	f.wait()
	return f
}

// win returns the window.
func (f *shellFixture) win() fyne.Window { return f.u.win }

// wait lets every background job and its UI update finish.
func (f *shellFixture) wait() { f.u.wait() }

// closeAtEnd closes u's window when the test ends, after its background
// jobs have finished: a job left running would update widgets, or read the
// translations, while the next test already runs (a data race under -race).
// Cleanups run last-registered first, so call it after the database's.
func closeAtEnd(t testing.TB, u *ui, closed *bool) {
	t.Cleanup(func() {
		u.wait()
		if closed == nil || !*closed {
			uiMu.Lock()
			u.win.Close()
			uiMu.Unlock()
		}
		u.wait()
	})
}

// do runs a test action like a UI event: holding uiMu, so that background
// jobs it starts cannot update widgets while it still runs; then it waits.
func (f *shellFixture) do(action func()) {
	uiMu.Lock()
	action()
	uiMu.Unlock()
	f.wait()
}

// addClaim stores a claim through the service and refreshes the window.
func (f *shellFixture) addClaim(text string) *claims.Claim {
	f.t.Helper()
	c := &claims.Claim{Text: text, Claimant: "Donald Lu"}
	if err := f.svc.Claims.CreateClaim(f.u.ctx(), c); err != nil {
		f.t.Fatalf("create claim: %v", err)
	}
	f.do(func() { f.u.changed() })
	f.wait()
	return c
}

// topDialogButton returns the button labelled text in the topmost overlay.
func (f *shellFixture) topDialogButton(text string) *widget.Button {
	f.t.Helper()
	top := f.u.win.Canvas().Overlays().Top()
	if top == nil {
		f.t.Fatalf("no dialog is open (looking for %q)", text)
	}
	b := findButtonIn(top, text)
	if b == nil {
		f.t.Fatalf("no button %q in the dialog", text)
	}
	return b
}

// findButtonIn returns the visible button labelled text inside o, or nil.
func findButtonIn(o fyne.CanvasObject, text string) *widget.Button {
	if o == nil || !o.Visible() {
		return nil
	}
	if b, ok := o.(*widget.Button); ok && b.Text == text {
		return b
	}
	var kids []fyne.CanvasObject
	switch c := o.(type) {
	case *fyne.Container:
		kids = c.Objects
	case fyne.Widget:
		kids = test.WidgetRenderer(c).Objects()
	}
	for _, k := range kids {
		if b := findButtonIn(k, text); b != nil {
			return b
		}
	}
	return nil
}

func TestMainFlowImportAcceptVerdictEvidenceHistory(t *testing.T) {
	f := newShellFixture(t)
	s := f.s

	// import a German text through the Articles view's paste dialog
	f.do(func() {
		s.show(viewArticles)
		s.articles.onPaste()
		d := s.articles.paste
		test.Type(d.title, "Fernwärme wird teurer")
		d.text.SetText(readerTestText)
		test.Tap(f.topDialogButton("Import"))
	})
	r := s.articles.reader
	if r.article == nil || len(r.suggested) == 0 {
		t.Fatalf("no suggestions listed after the import")
	}
	// accept the best suggestion with the keyboard
	f.do(func() {
		r.panel.list.Select(0)
		f.u.win.Canvas().Focus(r.panel.list)
		test.Type(r.panel.list, "a")
	})
	cs, _, err := f.svc.Claims.FindClaims(context.Background(), claims.ClaimFilter{ArticleID: &r.article.ID})
	if err != nil || len(cs) != 1 {
		t.Fatalf("claims after accepting = %d, %v", len(cs), err)
	}
	claim := cs[0]

	// open it in the editor and set a verdict and a rationale
	f.do(func() { f.u.openClaim(claim.ID) })
	e := s.claims.editor
	if s.currentKey() != viewClaims || e.claimID() != claim.ID {
		t.Fatalf("editor shows %q in view %q", e.claimID(), s.currentKey())
	}
	if e.text.Text != claim.Text {
		t.Fatalf("editor text = %q", e.text.Text)
	}
	f.do(func() {
		e.verdict.SetSelected("False")
		e.status.SetSelected("Researching")
		test.Type(e.rationale, "Der Rekordgewinn betrug 2023 laut Geschäftsbericht 12 Millionen Euro.")
	})
	if !e.dirty || e.save.Disabled() {
		t.Fatalf("editor not marked as changed")
	}
	f.do(func() { test.Tap(e.save) })
	got, err := f.svc.Claims.FindClaimByID(context.Background(), claim.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.RatingID != "politifact:false" || got.Status != claims.StatusResearching || !strings.Contains(got.Rationale, "12 Millionen") {
		t.Fatalf("stored claim = %q %q %q", got.RatingID, got.Status, got.Rationale)
	}
	if e.dirty {
		t.Errorf("editor still dirty after saving")
	}

	// link a new source with a stance
	f.do(func() {
		e.tabs.SelectIndex(1)
		e.evidence.onAdd()
	})
	ed := e.evidence.dialog
	if ed == nil {
		t.Fatal("no evidence dialog")
	}
	f.do(func() {
		test.Type(ed.url, "Bericht 2023")
		test.Type(ed.title, "Geschäftsbericht 2023")
		ed.stance.SetSelected("refutes")
		test.Type(ed.excerpt, "Jahresüberschuss: 12,1 Mio. Euro")
		test.Tap(f.topDialogButton("Save"))
	})
	// text that is no web address is told, and the dialog comes back as it was
	if !strings.Contains(f.topText(), "not a web address") || len(e.evidence.items) != 0 {
		t.Fatalf("no web address: told %q, evidence %d", f.topText(), len(e.evidence.items))
	}
	f.do(func() { test.Tap(f.topDialogButton("OK")) })
	if ed.title.Text != "Geschäftsbericht 2023" || ed.excerpt.Text != "Jahresüberschuss: 12,1 Mio. Euro" {
		t.Fatalf("typed text lost: %q %q", ed.title.Text, ed.excerpt.Text)
	}
	f.do(func() {
		ed.url.SetText("example.org/geschaeftsbericht-2023.pdf")
		test.Tap(f.topDialogButton("Save"))
	})
	if len(e.evidence.items) != 1 || e.evidence.items[0].ev.Stance != claims.StanceRefutes {
		t.Fatalf("evidence shown = %+v", e.evidence.items)
	}
	if src := e.evidence.items[0].src; src.Title != "Geschäftsbericht 2023" || src.URL != "https://example.org/geschaeftsbericht-2023.pdf" {
		t.Errorf("source = %+v", src)
	}

	// the History tab shows each change with who made it
	f.do(func() { e.tabs.SelectIndex(2) })
	lines := strings.Join(e.history.lines(), "\n")
	for _, want := range []string{"verdict: — → False", "status: New → Researching", "rationale: — → Der Rekordgewinn", "evidence", "created"} {
		if !strings.Contains(lines, want) {
			t.Errorf("history lacks %q:\n%s", want, lines)
		}
	}
	if !strings.Contains(lines, "Anna Prüferin") {
		t.Errorf("history does not name the checker:\n%s", lines)
	}

	// search finds the claim, in the Search view and as a claims filter
	f.do(func() {
		s.show(viewSearch)
		test.Type(s.query, "Rekordgewinn")
	})
	found := false
	for _, h := range s.search.hits {
		found = found || (h.Kind == claims.HitClaim && h.ID == claim.ID)
	}
	if !found {
		t.Fatalf("search hits = %+v", s.search.hits)
	}
	f.do(func() {
		s.show(viewClaims)
		s.runQuery()
	})
	if s.claims.total != 1 || s.claims.pages[0][0].ID != claim.ID {
		t.Fatalf("claims filtered by the search box: %d", s.claims.total)
	}
}

func TestUnsavedEditsAreNotDropped(t *testing.T) {
	f := newShellFixture(t)
	a := f.addClaim("Die Inflation lag 2023 bei 5,9 Prozent.")
	b := f.addClaim("Der Haushalt wächst um 3 Prozent.")
	f.do(func() { f.u.openClaim(a.ID) })
	e := f.s.claims.editor
	f.do(func() { e.claimant.SetText(e.claimant.Text + " (Bundesamt)") })

	// navigating away asks; Cancel keeps the edits
	f.do(func() { f.u.openClaim(b.ID) })
	f.do(func() { test.Tap(f.topDialogButton("Cancel")) })
	if e.claimID() != a.ID || !e.dirty || !strings.HasSuffix(e.claimant.Text, "(Bundesamt)") {
		t.Fatalf("after Cancel: claim %q dirty %v claimant %q", e.claimID(), e.dirty, e.claimant.Text)
	}

	// a failing save keeps what was typed
	f.do(func() {
		e.text.SetText("   ")
		test.Tap(e.save)
	})
	if e.text.Text != "   " || !e.dirty || !strings.HasSuffix(e.claimant.Text, "(Bundesamt)") {
		t.Fatalf("after a failed save: text %q dirty %v", e.text.Text, e.dirty)
	}
	if e.notes.text("text") == "" || f.win().Canvas().Overlays().Top() != nil {
		t.Fatalf("refused input: note %q, overlay %v", e.notes.text("text"), f.win().Canvas().Overlays().Top())
	}
	f.do(func() { e.text.SetText(a.Text) })

	// Save in the question saves, then moves on
	f.do(func() { f.u.openClaim(b.ID) })
	f.do(func() { test.Tap(f.topDialogButton("Save")) })
	if e.claimID() != b.ID {
		t.Fatalf("editor shows %q after Save, want %q", e.claimID(), b.ID)
	}
	got, _ := f.svc.Claims.FindClaimByID(context.Background(), a.ID)
	if got.Claimant != "Donald Lu (Bundesamt)" {
		t.Fatalf("claimant stored = %q", got.Claimant)
	}
}

func TestClaimsListPagesAndFilters(t *testing.T) {
	f := newShellFixture(t)
	var cs []*claims.Claim
	for i := range 2*claimPageSize + 50 {
		st := claims.StatusNew
		if i%5 == 0 {
			st = claims.StatusPublished
		}
		cs = append(cs, &claims.Claim{Text: fmt.Sprintf("Behauptung Nummer %03d", i), Status: st, Score: float64(i%100) / 100})
	}
	if err := f.svc.Claims.CreateClaims(f.u.ctx(), cs); err != nil {
		t.Fatal(err)
	}
	f.do(f.u.changed)
	v := f.s.claims
	if v.total != len(cs) {
		t.Fatalf("total = %d", v.total)
	}
	var c *claims.Claim
	f.do(func() { c = v.claimAt(2*claimPageSize + 10) })
	if c != nil {
		t.Fatal("page 2 should load on demand")
	}
	f.do(func() { c = v.claimAt(2*claimPageSize + 10) })
	if c == nil {
		t.Fatal("page 2 not loaded")
	}
	if !strings.Contains(v.status.Options[4], "(50)") {
		t.Errorf("status counts = %v", v.status.Options)
	}
	f.do(func() { v.status.SetSelectedIndex(4) }) // published
	if v.total != 50 {
		t.Fatalf("published = %d", v.total)
	}
	f.do(func() { v.sort.SetSelectedIndex(1) }) // score
	if c := v.pages[0][0]; c.Score != 0.95 {
		t.Fatalf("best published claim = %+v", c)
	}
}

func TestGermanLabels(t *testing.T) {
	f := newShellFixture(t)
	f.addClaim("Die Inflation lag 2023 bei 5,9 Prozent.")
	f.do(func() { f.u.setLanguage("de") })
	s := f.u.shell
	if s.items[1].title != "Behauptungen" || s.items[2].title != "Quellen" {
		t.Fatalf("navigation = %q, %q", s.items[1].title, s.items[2].title)
	}
	e := s.claims.editor
	if e.save.Text != "Speichern" || e.tabs.Items[2].Text != "Verlauf" {
		t.Fatalf("editor labels = %q, %q", e.save.Text, e.tabs.Items[2].Text)
	}
	if !strings.HasPrefix(s.counts.Text, "0 Artikel · 1 Behauptung") {
		t.Fatalf("status line = %q", s.counts.Text)
	}
	if got := f.u.prefs.String(prefLanguage); got != "de" {
		t.Fatalf("language preference = %q", got)
	}
	f.do(func() { f.u.setLanguage("en") })
	if f.u.shell.items[1].title != "Claims" {
		t.Fatalf("back to English: %q", f.u.shell.items[1].title)
	}
}

// TestSearchTitleSaysWhenHitsAreCut: with more hits than the Search view
// lists, its heading says how many are shown, in English and German.
func TestSearchTitleSaysWhenHitsAreCut(t *testing.T) {
	f := newShellFixture(t)
	for i := 0; i < searchLimit+5; i++ {
		c := &claims.Claim{Text: fmt.Sprintf("Die Zahl %d der Haushaltsdebatte.", i)}
		if err := f.svc.Claims.CreateClaim(f.u.ctx(), c); err != nil {
			t.Fatal(err)
		}
	}
	f.do(func() {
		f.s.show(viewSearch)
		test.Type(f.s.query, "Haushaltsdebatte")
	})
	got := f.s.search.title.Text
	if len(f.s.search.hits) != searchLimit || !strings.Contains(got, "205 hits, the best 200 shown") {
		t.Fatalf("%d hits listed, title %q", len(f.s.search.hits), got)
	}
	if h := hitsTitle(3, 3); h != "3 hits" {
		t.Errorf("all shown: %q", h)
	}
}
