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

// TestUnitWithSnippet: the sentence of a snippet is found by its longest
// piece, by its marked word when the pieces cross sentences, and not at
// all when neither occurs.
func TestUnitWithSnippet(t *testing.T) {
	units := []extract.Unit{{Text: "Erster Satz über nichts."},
		{Text: "Die Stadt zahlte 4 Millionen Euro für Schulen."}, {Text: "Dann kam der Winter."}}
	for _, tc := range []struct {
		snippet string
		want    int
	}{
		{"…Die Stadt zahlte [4] Millionen Euro für…", 1},
		{"…über nichts. Die [Stadt] zahlte…", 1},
		{"…kam der [Winter]. Ende…", 2},
		{"…ganz [anders]…", -1},
	} {
		if got := unitWithSnippet(units, tc.snippet); got != tc.want {
			t.Errorf("%q: unit %d, want %d", tc.snippet, got, tc.want)
		}
	}
}
