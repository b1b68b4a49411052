package app

import (
	"cmp"
	"slices"
	"strings"

	"claimdesk/claims/extract"
)

// A search hit in an article's text opened the article with its best
// suggestion selected and the text at its top, wherever the words were
// (walk26). The hit's snippet now names the sentence to show: the reader
// selects the first sentence holding a piece of the snippet, or else the
// first marked word, in the sentence list and the suggestion panel.

// openArticleAt shows article id in the Articles view at the sentence
// holding the search snippet text (a snippet as SearchHit.Snippet writes
// it: the hits between [ and ], cut ends marked with "…").
func (s *shell) openArticleAt(id, snippet string) {
	s.articles.reader.goTo = snippet
	s.openArticle(id)
}

// showSnippet selects the sentence holding snippet, if one does; called
// once the article is shown.
func (r *readerView) showSnippet(snippet string) {
	u := unitWithSnippet(r.units, snippet)
	if u < 0 {
		return
	}
	r.sentences.selectRow(u)
	r.panel.selectUnit(u)
}

// unitWithSnippet returns the first unit whose text holds a piece of the
// snippet between its "…" marks (the longest piece first), else the first
// unit holding the first marked word, ignoring case; -1 for none.
func unitWithSnippet(units []extract.Unit, snippet string) int {
	plain := strings.NewReplacer("[", "", "]", "").Replace(snippet)
	pieces := strings.FieldsFunc(plain, func(r rune) bool { return r == '…' })
	slices.SortStableFunc(pieces, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
	for _, p := range pieces {
		if p = strings.TrimSpace(strings.Trim(p, ".")); len(p) < 12 {
			continue
		}
		for i, u := range units {
			if strings.Contains(u.Text, p) {
				return i
			}
		}
	}
	if _, rest, ok := strings.Cut(snippet, "["); ok {
		if word, _, ok := strings.Cut(rest, "]"); ok && word != "" {
			word = strings.ToLower(word)
			for i, u := range units {
				if strings.Contains(strings.ToLower(u.Text), word) {
					return i
				}
			}
		}
	}
	return -1
}
