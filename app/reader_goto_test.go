package app

import (
	"strings"
	"testing"

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
// with the first sentence selected only. The second is marked with it, on
// „Sätze“ even when „Passage markieren“ was shown last (there the hit was
// shown nowhere).
func TestSearchHitOverTwoSentences(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			f.addArticle("Fernwärme", readerTestText)
			r := f.s.articles.reader
			f.do(func() { f.s.show(viewArticles) })
			f.do(func() { r.tabs.SelectIndex(1) }) // „Passage markieren“ shown last
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
