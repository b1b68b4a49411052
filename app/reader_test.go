package app

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"claimdesk/assets"
	"claimdesk/claims"
	"claimdesk/storage/sqlite"
)

// readerTestText is a short German news text written for these tests.
const readerTestText = `Stadtwerke erhöhen Fernwärmepreis

Die Stadtwerke Lindenau erhöhen den Preis für Fernwärme zum 1. Januar um 18 Prozent. Das teilte Geschäftsführerin Petra Sommer am Montag mit. Nach Angaben des Unternehmens zahlt ein Vier-Personen-Haushalt damit künftig rund 310 Euro mehr im Jahr.

Der Mieterverein kritisierte die Erhöhung scharf. „Die Stadtwerke haben 2023 einen Rekordgewinn von 42 Millionen Euro gemacht“, sagte Vereinschef Jonas Brandt. Die Stadt will den Fall im Januar im Rat besprechen.

Viele Leser fragen sich, was das für sie bedeutet. Wir haben die wichtigsten Fragen gesammelt.`

// readerFixture is an articles view on a fresh database in a test window.
type readerFixture struct {
	opened  string // claim given to ui.openClaim
	changes int    // calls of ui.changed
	t       *testing.T
	u       *ui
	v       *articlesView
	w       fyne.Window
	svc     claims.Services
}

// newReaderFixture opens a database in t.TempDir() and shows the view.
func newReaderFixture(t *testing.T) *readerFixture {
	t.Helper()
	waitAllJobs() // no job of an earlier test may read the translations while they load
	a := test.NewTempApp(t)
	uiMu.Lock() // as switchLanguage: a job started meanwhile reads them under uiMu
	_ = lang.AddTranslationsFS(assets.Translations, "translations")
	uiMu.Unlock()
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "reader.db"))
	if err != nil {
		t.Fatalf("open database: %v", err)
	}
	t.Cleanup(func() { _ = db.Close() })
	w := test.NewWindow(nil)
	t.Cleanup(w.Close)
	u := &ui{app: a, win: w, svc: db.Services(), prefs: a.Preferences()}
	t.Cleanup(u.wait) // before closing: see closeAtEnd
	f := &readerFixture{t: t, u: u, w: w, svc: u.svc}
	u.openClaim = func(id string) { f.opened = id }
	u.changed = func() { // as the shell does: refresh the views
		f.changes++
		f.v.refresh()
	}
	f.act(func() {
		f.v = newArticlesView(u)
		w.SetContent(f.v.content())
		w.Resize(fyne.NewSize(1280, 800))
	})
	return f
}

// wait blocks until the background jobs and their UI updates are done.
func (f *readerFixture) wait() { f.u.wait() }

// act runs a UI action as the UI goroutine would: not overlapping with the
// UI updates of background jobs (the test driver runs those on the job's
// goroutine). It then waits for the jobs the action started.
func (f *readerFixture) act(fn func()) {
	uiMu.Lock()
	fn()
	uiMu.Unlock()
	f.wait()
}

// importText imports readerTestText through the paste dialog.
func (f *readerFixture) importText() *claims.Article {
	f.t.Helper()
	f.v.onPaste()
	d := f.v.paste
	test.Type(d.title, "Fernwärme wird teurer")
	test.Type(d.publisher, "Lindenauer Zeitung")
	d.text.SetText(readerTestText)
	f.act(func() { test.Tap(findButton(f.t, f.w.Canvas().Overlays().Top(), lang.L("Import"))) })
	arts, _, err := f.svc.Articles.FindArticles(context.Background(), claims.ArticleFilter{})
	if err != nil || len(arts) != 1 {
		f.t.Fatalf("articles after import: %d, %v", len(arts), err)
	}
	return arts[0]
}

// findButton returns the button labelled text inside o.
func findButton(t *testing.T, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if found != nil || o == nil {
			return
		}
		if b, ok := o.(*widget.Button); ok && b.Text == text && b.Visible() {
			found = b
			return
		}
		switch c := o.(type) {
		case *fyne.Container:
			for _, ch := range c.Objects {
				walk(ch)
			}
		case fyne.Widget:
			for _, ch := range test.WidgetRenderer(c).Objects() {
				walk(ch)
			}
		}
	}
	walk(o)
	if found == nil {
		t.Fatalf("no button %q", text)
	}
	return found
}

func TestReaderImportSuggestAccept(t *testing.T) {
	f := newReaderFixture(t)
	a := f.importText()
	if a.Title != "Fernwärme wird teurer" || a.Publisher != "Lindenauer Zeitung" || a.Language != "de" {
		t.Fatalf("article = %q / %q / %q", a.Title, a.Publisher, a.Language)
	}
	if f.v.paste.text.Text != "" {
		t.Errorf("paste dialog not cleared after a successful import")
	}
	r := f.v.reader
	if r.article == nil || r.article.ID != a.ID {
		t.Fatalf("reader does not show the imported article")
	}
	if got := r.title.Text; got != a.Title {
		t.Errorf("reader title = %q", got)
	}
	if len(f.v.items) != 1 || f.v.items[0].ID != a.ID {
		t.Fatalf("article list = %+v", f.v.items)
	}
	if len(r.suggested) == 0 {
		t.Fatalf("no suggestions for the test article")
	}
	for i := 1; i < len(r.suggested); i++ {
		if r.units[r.suggested[i-1]].Score < r.units[r.suggested[i]].Score {
			t.Fatalf("suggestions not best first")
		}
	}

	// select the best suggestion and accept it with the keyboard
	p := r.panel
	p.list.Select(0)
	if !p.detail.Visible() || p.dText.Text == "" {
		t.Fatalf("no details for the selected suggestion")
	}
	unit := r.suggested[0]
	f.w.Canvas().Focus(p.list)
	f.act(func() { test.Type(p.list, "a") })
	c := f.claimOf(a.ID, r.units[unit].Start)
	u := r.units[unit]
	start, end := unitSpan(u)
	if c.Anchor.Start != start || c.Anchor.End != end || c.Anchor.Exact != a.Body[start:end] {
		t.Errorf("anchor = %+v, want %d..%d", c.Anchor, start, end)
	}
	if c.Text != unitText(u) || c.Score != u.Score || c.Claimant != u.Claimant {
		t.Errorf("claim = %q %v %q, want %q %v %q", c.Text, c.Score, c.Claimant, unitText(u), u.Score, u.Claimant)
	}
	if strings.Join(c.Reasons, "|") != strings.Join(u.Reasons, "|") || strings.Join(c.Kinds, "|") != strings.Join(u.Kinds, "|") {
		t.Errorf("reasons/kinds = %v %v, want %v %v", c.Reasons, c.Kinds, u.Reasons, u.Kinds)
	}
	if r.marks[unit].claimID != c.ID || !r.sentences.rows[unit].claimed {
		t.Errorf("accepted suggestion not marked in the text")
	}
	if !p.info(unit).accepted || p.dAccept.Visible() {
		t.Errorf("suggestion not shown as accepted")
	}
	if !strings.Contains(r.status.Text, c.Text) || !r.openBtn.Visible() || f.changes == 0 {
		t.Errorf("status = %q, open button %v, changes %d", r.status.Text, r.openBtn.Visible(), f.changes)
	}
	test.Tap(r.openBtn)
	if f.opened != c.ID {
		t.Errorf("Open in editor opened %q, want %q", f.opened, c.ID)
	}
	if !p.dOpen.Visible() {
		t.Errorf("no Open in editor for the accepted suggestion")
	}
	// accepting again does nothing
	f.act(func() { test.Type(p.list, "a") })
	if n := f.claimCount(a.ID); n != 1 {
		t.Fatalf("claims after accepting twice = %d", n)
	}

	// the next one with Enter, after moving down with the arrow key
	if len(r.suggested) > 1 {
		p.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
		if p.list.selected != 1 {
			t.Fatalf("Down did not move the selection")
		}
		f.act(func() { p.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) })
		if n := f.claimCount(a.ID); n != 2 {
			t.Fatalf("claims after Enter = %d", n)
		}
	}
	if f.v.items[0].Claims != f.claimCount(a.ID) {
		t.Errorf("article list count = %d", f.v.items[0].Claims)
	}
}

func TestReaderCtrlKMakesSelectionAClaim(t *testing.T) {
	f := newReaderFixture(t)
	a := f.importText()
	r := f.v.reader
	r.tabs.SelectIndex(1)
	if r.passage.Text != a.Body {
		t.Fatalf("passage tab does not show the body")
	}
	want := "Rekordgewinn von 42 Millionen Euro"
	at := strings.Index(a.Body, want)
	runesBefore := len([]rune(a.Body[:at]))
	n := len([]rune(want))

	// select forwards: move to the start, then Shift+Right
	e := r.passage
	f.w.Canvas().Focus(e)
	typeKeys(e, fyne.KeyRight, runesBefore)
	e.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	typeKeys(e, fyne.KeyRight, n)
	e.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	if e.SelectedText() != want {
		t.Fatalf("selected %q", e.SelectedText())
	}
	// typing does not change the text
	test.Type(e, "xyz")
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	if e.Text != a.Body {
		t.Fatalf("the passage text was edited")
	}
	f.act(func() { e.TypedShortcut(makeClaimShortcut) })
	c := f.claimOf(a.ID, at)
	if c.Anchor.Start != at || c.Anchor.End != at+len(want) || c.Text != want {
		t.Fatalf("claim %q anchor %+v, want %d..%d", c.Text, c.Anchor, at, at+len(want))
	}

	// select backwards (the cursor ends at the start of the selection)
	want2 := "Petra Sommer"
	at2 := strings.Index(a.Body, want2)
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft}) // drop the selection
	e.CursorRow, e.CursorColumn = 0, 0
	typeKeys(e, fyne.KeyRight, len([]rune(a.Body[:at2+len(want2)])))
	e.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	typeKeys(e, fyne.KeyLeft, len([]rune(want2)))
	e.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	f.act(func() { e.TypedShortcut(makeClaimShortcut) })
	c2 := f.claimOf(a.ID, at2)
	if c2.Text != want2 || c2.Anchor.End != at2+len(want2) {
		t.Fatalf("backward selection: claim %q anchor %+v", c2.Text, c2.Anchor)
	}
	if !r.sentences.rows[r.unitAt(at2)].claimed {
		t.Errorf("sentence with the new claim has no check mark")
	}

	// a drag that starts and ends inside words takes those words whole
	want3 := "Fernwärme zum 1. Januar"
	at3 := strings.Index(a.Body, want3)
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	e.CursorRow, e.CursorColumn = 0, 0
	typeKeys(e, fyne.KeyRight, len([]rune(a.Body[:at3]))+4) // inside "Fernwärme"
	e.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	typeKeys(e, fyne.KeyRight, len([]rune(want3))-4-3) // ends inside "Januar"
	e.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	f.act(func() { e.TypedShortcut(makeClaimShortcut) })
	c3 := f.claimOf(a.ID, at3)
	if c3.Text != want3 || c3.Anchor.End != at3+len(want3) {
		t.Fatalf("selection inside words: claim %q anchor %+v", c3.Text, c3.Anchor)
	}

	// Ctrl+K in the sentence list makes the chosen sentence a claim
	last := len(r.units) - 1
	f.act(func() {
		r.tabs.SelectIndex(0)
		r.sentences.list.Select(last)
	})
	sc, ok := f.w.Canvas().Focused().(fyne.Shortcutable)
	if !ok {
		t.Fatalf("the sentence list does not have the focus: %T", f.w.Canvas().Focused())
	}
	f.act(func() { sc.TypedShortcut(makeClaimShortcut) })
	start, _ := unitSpan(r.units[last])
	if c := f.claimOf(a.ID, start); c.Text != unitText(r.units[last]) {
		t.Fatalf("claim from the sentence list = %q", c.Text)
	}
}

// typeKeys sends key n times to e.
func typeKeys(e fyne.Focusable, key fyne.KeyName, n int) {
	for i := 0; i < n; i++ {
		e.TypedKey(&fyne.KeyEvent{Name: key})
	}
}

// unitAt returns the index of the unit containing byte offset pos.
func (r *readerView) unitAt(pos int) int {
	for i, u := range r.units {
		if u.Start <= pos && pos < u.End {
			return i
		}
	}
	return -1
}

// claimOf returns the claim of article id whose anchor starts at start.
func (f *readerFixture) claimOf(articleID string, start int) *claims.Claim {
	f.t.Helper()
	cs, _, err := f.svc.Claims.FindClaims(context.Background(), claims.ClaimFilter{ArticleID: &articleID})
	if err != nil {
		f.t.Fatal(err)
	}
	for _, c := range cs {
		if c.Anchor != nil && c.Anchor.Start == start {
			return c
		}
	}
	f.t.Fatalf("no claim anchored at %d among %d claims", start, len(cs))
	return nil
}

// claimCount counts the claims of an article.
func (f *readerFixture) claimCount(articleID string) int {
	_, n, err := f.svc.Claims.FindClaims(context.Background(), claims.ClaimFilter{ArticleID: &articleID, Limit: 1})
	if err != nil {
		f.t.Fatal(err)
	}
	return n
}

func TestReaderShowsDetachedClaims(t *testing.T) {
	f := newReaderFixture(t)
	a := f.importText()
	ctx := context.Background()
	quote := "Wir haben die wichtigsten Fragen gesammelt."
	at := strings.Index(a.Body, quote)
	anchor, err := claims.MakeAnchor(a.Body, at, at+len(quote))
	if err != nil {
		t.Fatal(err)
	}
	c := &claims.Claim{ArticleID: a.ID, Text: quote, Anchor: anchor}
	if err := f.svc.Claims.CreateClaim(ctx, c); err != nil {
		t.Fatal(err)
	}
	body := strings.Replace(a.Body, quote, "Antworten folgen.", 1)
	if _, err := f.svc.Articles.UpdateArticle(ctx, a.ID, claims.ArticleUpdate{Body: &body}); err != nil {
		t.Fatal(err)
	}
	f.act(func() { f.v.show(a.ID) })
	p := f.v.reader.panel
	if !p.detached.Visible() || len(p.dList.Objects) != 1 {
		t.Fatalf("detached claim not listed")
	}
}

func TestReaderGermanLabels(t *testing.T) {
	switchLanguage("de")
	defer switchLanguage("")
	f := newReaderFixture(t)
	f.importText()
	r := f.v.reader
	p := r.panel
	if r.tabs.Items[0].Text != "Sätze" || r.tabs.Items[1].Text != "Passage markieren" {
		t.Errorf("tabs = %q, %q", r.tabs.Items[0].Text, r.tabs.Items[1].Text)
	}
	if p.dAccept.Text != "Übernehmen" || !strings.HasSuffix(p.count.Text, "Vorschläge") {
		t.Errorf("panel = %q, %q", p.dAccept.Text, p.count.Text)
	}
	if !strings.Contains(f.v.items[0].Publisher+" · "+articleMeta(f.v.items[0]), "0 Behauptungen") {
		t.Errorf("article row = %q", articleMeta(f.v.items[0]))
	}
}

// TestReaderSentenceKeysAccept checks that A and Enter in the sentence list
// accept the selected sentence when it is a suggestion (the suggestion
// panel shows it selected with the hint "A or Enter accepts the selected
// suggestion"), and do nothing on a sentence that is none.
func TestReaderSentenceKeysAccept(t *testing.T) {
	f := newReaderFixture(t)
	a := f.importText()
	r := f.v.reader
	if len(r.suggested) < 2 {
		t.Fatalf("suggestions = %d, want two or more", len(r.suggested))
	}
	other := -1
	for i := range r.units {
		if !slices.Contains(r.suggested, i) {
			other = i
			break
		}
	}
	l := r.sentences.list
	if other >= 0 {
		l.Select(other)
		f.act(func() { test.Type(l, "a") })
		f.act(func() { l.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) })
		if n := f.claimCount(a.ID); n != 0 {
			t.Fatalf("claims after A and Enter on a sentence that is no suggestion = %d", n)
		}
	}
	first, second := r.suggested[0], r.suggested[1]
	l.Select(first)
	f.act(func() { test.Type(l, "a") })
	if c := f.claimOf(a.ID, r.units[first].Start); c.Claimant != r.units[first].Claimant || r.marks[first].claimID != c.ID {
		t.Errorf("A: claim %+v, marked %q", c, r.marks[first].claimID)
	}
	l.Select(second)
	f.act(func() { l.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) })
	if r.marks[second].claimID == "" {
		t.Errorf("Enter did not accept the selected suggestion")
	}
	f.act(func() { test.Type(l, "a") })
	if n := f.claimCount(a.ID); n != 2 {
		t.Errorf("claims = %d, want 2 (accepting again does nothing)", n)
	}
}
