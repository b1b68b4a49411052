package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"claimdesk/claims"
	"claimdesk/claims/extract"
)

// TestSearchHitOpensArticleAtSentence: a search hit in an article's text
// opens the article at the sentence with the words, in the sentence list
// and the suggestion panel (German and English window); it opened with the
// best suggestion selected wherever the words were (walk26).
func TestSearchHitOpensArticleAtSentence(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			f.addArticle("Fernwärme", readerTestText)
			r := f.s.articles.reader
			for _, word := range []string{"Mieterverein", "Rekordgewinn"} {
				f.clickSearchHit(word, claims.HitArticle)
				if f.s.currentKey() != viewArticles || r.article == nil {
					t.Fatalf("%s: the hit did not open the article", word)
				}
				want := -1
				for i, u := range r.units {
					if strings.Contains(u.Text, word) {
						want = i
						break
					}
				}
				if want < 0 || r.sentences.selected != want || r.panel.current != want {
					t.Errorf("%s: sentence %d selected, details of %d, want %d (%q)",
						word, r.sentences.selected, r.panel.current, want, r.units[max(want, 0)].Text)
				}
			}
		})
	}
}

// TestSnippetUnits: the sentences of a snippet's hit are found by its
// longest piece, also when the hit runs over a sentence's end (walk28: only
// the first sentence was found), by its marked word when the pieces are not
// found, and not at all when neither occurs.
func TestSnippetUnits(t *testing.T) {
	units := []extract.Unit{{Text: "Erster Satz über nichts."},
		{Text: "Die Stadt zahlte 4 Millionen Euro für Schulen."}, {Text: "Dann kam der Winter."}}
	for _, tc := range []struct {
		snippet     string
		first, last int
	}{
		{"…Die Stadt zahlte [4] Millionen Euro für…", 1, 1},
		{"…über nichts. Die [Stadt] zahlte…", 1, 1},
		{"…kam der [Winter]. Ende…", 2, 2},
		{"…über [nichts]. Die [Stadt] zahlte…", 0, 1},
		{"…für [Schulen]. Dann kam der [Winter].", 1, 2},
		{"[Erster] Satz über nichts. Die Stadt zahlte 4 Millionen Euro für Schulen. Dann kam der [Winter].", 0, 2},
		{"…ganz [anders]…", -1, -1},
	} {
		if first, last := snippetUnits(units, tc.snippet); first != tc.first || last != tc.last {
			t.Errorf("%q: units %d–%d, want %d–%d", tc.snippet, first, last, tc.first, tc.last)
		}
	}
}

// TestSearchHitOverTwoSentences is walk28's search hit whose words stand in
// two sentences, in the German and the English window: the article opened
// with the first sentence selected only. The second is marked with it on
// „Sätze“.
func TestSearchHitOverTwoSentences(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			f.addArticle("Fernwärme", readerTestText)
			r := f.s.articles.reader
			f.clickSearchHit("Montag Unternehmens", claims.HitArticle)
			if f.s.currentKey() != viewArticles || r.article == nil {
				t.Fatal("the hit did not open the article")
			}
			first, second := -1, -1
			for i, u := range r.units {
				if strings.Contains(u.Text, "Montag") {
					first = i
				}
				if strings.Contains(u.Text, "Unternehmens") {
					second = i
				}
			}
			if first < 0 || second != first+1 {
				t.Fatalf("the words are in sentences %d and %d", first, second)
			}
			if r.tabs.SelectedIndex() != 0 {
				t.Errorf("the hit opened on tab %d, want „Sätze“", r.tabs.SelectedIndex())
			}
			if r.sentences.selected != first || r.panel.current != first {
				t.Errorf("sentence %d selected, details of %d, want %d", r.sentences.selected, r.panel.current, first)
			}
			if !r.sentences.inHit(second) || r.sentences.inHit(second+1) {
				t.Errorf("sentence %d marked %v, %d marked %v; want the first marked, the other not",
					second, r.sentences.inHit(second), second+1, r.sentences.inHit(second+1))
			}
			f.do(func() { r.sentences.list.Select(second + 1) }) // the checker reads on
			if r.sentences.inHit(second) {
				t.Errorf("the mark stayed after another sentence was chosen")
			}
		})
	}
}

// TestSearchHitOnPassageTab: a search hit opened while „Passage markieren“
// is shown stays there with the hit's words selected, ready for Ctrl+K;
// opened on „Sätze“, the words are selected when the checker switches to
// the passage, but not once another sentence was chosen (walk28 left the
// passage tab with nothing selected and switched to „Sätze“).
func TestSearchHitOnPassageTab(t *testing.T) {
	const hit = "Montag mit. Nach Angaben des Unternehmens"
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			f.addArticle("Fernwärme", readerTestText)
			f.addArticle("Anderes", "Ein anderer Text über den Hafen.\n\nDer Hafen wurde 1990 gebaut.")
			r := f.s.articles.reader
			f.do(func() { f.s.show(viewArticles) })
			f.do(func() { r.tabs.SelectIndex(1) }) // „Passage markieren“ shown
			f.clickSearchHit("Montag Unternehmens", claims.HitArticle)
			if r.article == nil || r.article.Title != "Fernwärme" {
				t.Fatal("the hit did not open the article")
			}
			if r.tabs.SelectedIndex() != 1 {
				t.Errorf("the hit opened on tab %d, want „Passage markieren“", r.tabs.SelectedIndex())
			}
			if got := r.passage.SelectedText(); got != hit {
				t.Errorf("passage selection %q, want %q", got, hit)
			}
			if c := f.win().Canvas(); c.Focused() != fyne.Focusable(r.passage) {
				t.Errorf("focus on %T, want the passage (Fyne draws its selection only there)", c.Focused())
			}
			f.do(func() { r.tabs.SelectIndex(0) })
			f.clickSearchHit("Mieterverein", claims.HitArticle)
			if r.tabs.SelectedIndex() != 0 {
				t.Fatalf("the hit opened on tab %d, want „Sätze“", r.tabs.SelectedIndex())
			}
			f.do(func() { r.tabs.SelectIndex(1) })
			if got := r.passage.SelectedText(); got != "Mieterverein" {
				t.Errorf("after switching to the passage: selection %q, want „Mieterverein“", got)
			}
			if c := f.win().Canvas(); c.Focused() != fyne.Focusable(r.passage) {
				t.Errorf("after switching: focus on %T, want the passage", c.Focused())
			}
			f.do(func() { r.tabs.SelectIndex(0) })
			f.do(func() { r.sentences.list.Select(0) }) // the checker reads on
			f.do(func() { r.passage.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft}) })
			f.do(func() { r.tabs.SelectIndex(1) })
			if got := r.passage.SelectedText(); got != "" {
				t.Errorf("another sentence chosen: the passage selected %q", got)
			}
		})
	}
}

// TestOrigOffset: a byte of a unit's text with its white space made
// single spaces maps back to the unit's own text.
func TestOrigOffset(t *testing.T) {
	s := "  Die  Stadt\n zahlte"
	plain := "Die Stadt zahlte"
	for k, want := range map[int]string{0: "Die  Stadt\n zahlte", 4: "Stadt\n zahlte", 10: "zahlte"} {
		if got := s[origOffset(s, k, false):]; got != want || !strings.HasPrefix(plain[k:], got[:1]) {
			t.Errorf("start %d: %q, want %q", k, got, want)
		}
	}
	for k, want := range map[int]string{3: "  Die", 9: "  Die  Stadt", 16: s} {
		if got := s[:origOffset(s, k, true)]; got != want {
			t.Errorf("end %d: %q, want %q", k, got, want)
		}
	}
}

// TestSearchHitOnPassageNotYetDrawn: the passage tab chosen for the first
// time after a hit was opened on „Sätze“ selects the hit and gives the
// passage the focus once the window has drawn it, in the German and the
// English window. The window's driver knows an object's canvas only after
// drawing it (the test driver always knows it: objectCanvas plays the
// window's); before the fix the passage never took the focus there, so
// the selection was not drawn (the lead's walk of walk29's fix).
func TestSearchHitOnPassageNotYetDrawn(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			f.addArticle("Fernwärme", readerTestText)
			r := f.s.articles.reader
			f.do(func() { f.s.show(viewArticles) })
			f.clickSearchHit("Mieterverein", claims.HitArticle)
			f.wait()
			drawn := false
			real := objectCanvas
			objectCanvas = func(o fyne.CanvasObject) fyne.Canvas {
				if o == fyne.CanvasObject(r.passage) && !drawn {
					return nil
				}
				return real(o)
			}
			defer func() { objectCanvas = real }()
			f.do(func() {
				r.tabs.SelectIndex(1)
				drawn = true // the window draws the tab it now shows
			})
			f.wait()
			if got := r.passage.SelectedText(); got != "Mieterverein" {
				t.Errorf("passage selection %q, want „Mieterverein“", got)
			}
			if c := f.win().Canvas(); c.Focused() != fyne.Focusable(r.passage) {
				t.Errorf("focus on %T, want the passage once it is drawn", c.Focused())
			}
		})
	}
}
