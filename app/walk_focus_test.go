package app

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
)

// TestWalkKeysFollowTheShownView is a checker's keyboard walk in the German
// and the English window (walk26): the keys go where the window shows
// them. An article file imported: the best suggestion is selected and A
// accepts it (the focus was nowhere, A did nothing). "Open in editor": the
// cursor is in the claim's text. A rationale typed, saved, then "Open
// article" and ↓, A: the next suggestion is accepted and the hidden
// rationale stays as saved (the A went into it, the claim had unsaved
// changes). Ctrl+4's search hit of the article opens it with the
// suggestions taking the keys.
func TestWalkKeysFollowTheShownView(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			walkKeysFollowView(t, f)
		})
	}
}

// walkKeysFollowView is the walk of TestWalkKeysFollowTheShownView.
func walkKeysFollowView(t *testing.T, f *shellFixture) {
	file := writeReaderTestFile(t)
	c := f.win().Canvas()
	r := f.s.articles.reader
	f.do(func() { f.s.show(viewArticles) })
	f.do(func() { f.u.importPaths([]string{file}) })
	if r.article == nil || len(r.suggested) < 2 {
		t.Fatalf("after the import: article %v, %d suggestions", r.article != nil, len(r.suggested))
	}
	first, second := r.suggested[0], r.suggested[1]
	f.do(func() { typeFocused(t, c, "a") })
	if got := f.storedClaims(); len(got) != 1 || r.marks[first].claimID == "" {
		t.Fatalf("A after the import: %d claims, best suggestion accepted %v (focus on %T)",
			len(got), r.marks[first].claimID != "", c.Focused())
	}

	// A click on a button leaves the focus where it was in the window
	// (GLFW does not unfocus when a focusable is under the mouse); Fyne's
	// test.Tap would unfocus, so the buttons are pressed by OnTapped.
	f.do(func() { r.openBtn.OnTapped() })
	e := f.s.claims.editor
	if f.s.currentKey() != viewClaims || c.Focused() != fyne.Focusable(e.text) {
		t.Fatalf("Open in editor: view %s, focus on %T, want the claim's text", f.s.currentKey(), c.Focused())
	}
	f.do(func() {
		c.Focus(e.rationale)
		typeFocused(t, c, "Laut Stadtwerken.")
	})
	f.do(func() { e.save.OnTapped() })
	if e.dirty || e.claim == nil || e.claim.Rationale != "Laut Stadtwerken." {
		t.Fatalf("after saving: dirty %v, claim %+v", e.dirty, e.claim)
	}

	f.do(func() { e.article.OnTapped() })
	if f.s.currentKey() != viewArticles {
		t.Fatalf("Open article: view %s", f.s.currentKey())
	}
	f.do(func() {
		if o := c.Focused(); o != nil {
			o.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
		}
		typeFocused(t, c, "a")
	})
	if e.dirty || e.rationale.Text != "Laut Stadtwerken." {
		t.Errorf("the keys went into the hidden editor: dirty %v, rationale %q", e.dirty, e.rationale.Text)
	}
	if r.marks[second].claimID == "" || len(f.storedClaims()) != 2 {
		t.Errorf("↓ and A in the reader did not accept the next suggestion (%d claims, focus on %T)",
			len(f.storedClaims()), c.Focused())
	}

	f.do(func() { f.s.show(viewClaims) })
	f.do(func() { f.s.show(viewSearch) })
	if o := c.Focused(); o != nil && o != fyne.Focusable(f.s.search.list) && o != fyne.Focusable(f.s.nav) {
		t.Errorf("Search view: the focus stayed on %T of another view", o)
	}
}

// typeFocused types chars into the widget that has the focus, as the
// keyboard does; with none, nothing is typed and the test fails.
func typeFocused(t *testing.T, c fyne.Canvas, chars string) {
	t.Helper()
	o := c.Focused()
	if o == nil {
		t.Errorf("typing %q: no widget has the focus", chars)
		return
	}
	for _, r := range chars {
		o.TypedRune(r)
	}
}

// writeReaderTestFile writes readerTestText to a file of the test's own
// folder, for an import by „Datei öffnen…“, and returns its path.
func writeReaderTestFile(t *testing.T) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "fernwaerme.txt")
	if err := os.WriteFile(file, []byte(readerTestText), 0o600); err != nil {
		t.Fatal(err)
	}
	return file
}
