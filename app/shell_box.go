package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// This file holds the toolbar's search box: what it does in each view
// (filter the claims list, or search everything), the text it keeps per
// meaning, and the keys that move between it and the list it fills.

// boxMeaning is what the toolbar box does in view key: in the Claims view
// it filters the claims list (viewClaims); everywhere else it searches
// everything and shows the hits in the Search view (viewSearch).
func boxMeaning(key string) string {
	if key == viewClaims {
		return viewClaims
	}
	return viewSearch
}

// boxPlaceholder says in the empty toolbar box what it does in view key.
func boxPlaceholder(key string) string {
	if boxMeaning(key) == viewClaims {
		return lang.L("Filter claims by words (Ctrl+F)")
	}
	return lang.L("Search claims, articles, sources (Ctrl+F)")
}

// swapBox keeps the box text of view from and shows the one of view to,
// when the box means another thing there; the text shown is always the
// one that view applies.
func (s *shell) swapBox(from, to string) {
	if from == "" || boxMeaning(from) == boxMeaning(to) {
		return
	}
	if s.boxText == nil {
		s.boxText = map[string]string{}
	}
	s.boxText[boxMeaning(from)] = s.query.Text
	s.boxQuiet = true
	s.query.SetText(s.boxText[boxMeaning(to)])
	s.boxQuiet = false
}

// runQuery hands the search box text to the claims list when it is shown,
// else to the Search view.
func (s *shell) runQuery() {
	text := s.query.Text
	if s.currentKey() == viewClaims {
		s.claims.setQuery(text)
		return
	}
	if s.currentKey() != viewSearch {
		s.show(viewSearch)
	}
	s.search.run(text)
}

// focusResults (Down in the search box) moves the keyboard to the list the
// box fills, the Search view's hits or the claims list, when it has rows:
// the arrows then mark a row and Space or Enter opens it. It reports whether it
// moved.
func (s *shell) focusResults() bool {
	var list *enterList
	switch s.currentKey() {
	case viewSearch:
		if len(s.search.hits) > 0 {
			list = s.search.list
		}
	case viewClaims:
		if s.claims.total > 0 {
			list = s.claims.list
		}
	}
	if list == nil {
		return false
	}
	s.u.win.Canvas().Focus(list)
	return true
}

// focusSearch puts the cursor into the search box with its text selected,
// so that what is typed next replaces the last search.
func (s *shell) focusSearch() {
	s.u.win.Canvas().Focus(s.query)
	s.query.TypedShortcut(&fyne.ShortcutSelectAll{})
}
