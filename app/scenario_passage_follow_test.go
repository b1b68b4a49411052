package app

import (
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
)

// TestScenarioPassageFollowsSentence: on „Passage markieren“ the checker
// goes through the suggestions (the list beside the text); the passage
// scrolls so that the chosen sentence is in view, as an editor shows the
// line it goes to, in a long article shown whole and in one shown in
// parts. The passage stayed where it was: the last suggestion's sentence
// was far below the view (or, in a very long article, not in the part
// shown at all).
func TestScenarioPassageFollowsSentence(t *testing.T) {
	eachLongPassage(t, func(t *testing.T, f *shellFixture, r *readerView) {
		n := len(r.suggested)
		if n < 10 {
			t.Fatalf("only %d suggestions", n)
		}
		for _, i := range []int{n - 1, 0, n / 2} {
			f.do(func() { r.panel.list.Select(i) })
			if r.sentences.selected != r.suggested[i] {
				t.Fatalf("suggestion %d chose sentence %d, want %d", i, r.sentences.selected, r.suggested[i])
			}
			passageShowsUnit(t, r, r.suggested[i])
		}
	})
}

// passageShowsUnit fails the test unless the passage holds sentence unit
// and its first row is in view.
func passageShowsUnit(t *testing.T, r *readerView, unit int) {
	t.Helper()
	e, u := r.passage, r.units[unit]
	if u.Start < e.base || u.End > e.base+len(e.body) {
		t.Fatalf("sentence %d (bytes %d–%d) is not in the passage shown (bytes %d–%d)", unit, u.Start, u.End, e.base, e.base+len(e.body))
	}
	off, ok := e.scrollOffset()
	if !ok {
		t.Skip("the scroll position of Fyne's entry cannot be read")
	}
	row, col := e.CursorRow, e.CursorColumn
	e.CursorRow, e.CursorColumn = e.rowCol(utf8.RuneCountInString(e.body[:u.Start-e.base]))
	y := e.CursorPosition().Y
	e.CursorRow, e.CursorColumn = row, col
	line := fyne.MeasureText("M", 14, fyne.TextStyle{}).Height
	if y < off.Y || y+line > off.Y+e.Size().Height {
		t.Errorf("sentence %d starts at height %.0f of the passage; the view shows %.0f to %.0f", unit, y, off.Y, off.Y+e.Size().Height)
	}
}

// eachLongPassage opens, in the German window, a long article shown whole
// (60 sentences) and one shown in parts (400), each on „Passage
// markieren“, and runs fn on it as a subtest.
func eachLongPassage(t *testing.T, fn func(t *testing.T, f *shellFixture, r *readerView)) {
	for _, c := range []struct {
		name      string
		sentences int
	}{{"whole", 60}, {"in parts", 400}} {
		t.Run(c.name, func(t *testing.T) {
			f := newScenarioIn(t, "de")
			a := f.addArticle("Lang", longTestText(c.sentences))
			r := f.s.articles.reader
			f.do(func() { f.s.openArticle(a.ID) })
			f.do(func() { r.tabs.SelectIndex(1) })
			if whole := len(r.passage.body) == len(a.Body); whole != (c.name == "whole") {
				t.Fatalf("the passage shows %d of %d bytes", len(r.passage.body), len(a.Body))
			}
			fn(t, f, r)
		})
	}
}
