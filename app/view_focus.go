package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// The keyboard focus when the shown view changes. Fyne keeps the focus on
// a widget that leaves the window: the views are swapped in and out of the
// shell's stack, so after Ctrl+1 or "Open article" the claim editor's
// rationale kept the focus, hidden, and an A meant to accept a suggestion
// was typed into it (the claim then had unsaved changes nobody could see,
// and Ctrl+S saved them). Tab and the arrows did nothing visible either.

// moveFocus is called after the shell showed view key in place of another:
// the focus leaves the view that went away, unless it is on the window's
// frame (the toolbar box, the list of views), and goes to the shown view's
// main list (viewFocus). Not while a dialog is open: it has its own focus.
func (s *shell) moveFocus(key string) {
	c := s.u.win.Canvas()
	if c == nil || c.Overlays().Top() != nil {
		return
	}
	switch c.Focused() {
	case nil:
	case fyne.Focusable(s.query), fyne.Focusable(s.nav):
		return
	default:
		c.Unfocus()
	}
	if o := s.viewFocus(key); o != nil {
		c.Focus(o)
	}
}

// viewFocus returns where the keyboard goes in view key when it is shown:
// the reader's suggestions when an article with suggestions is open (A and
// Enter accept the selected one; an article opened next takes it there,
// focusNewArticle), else the claims or search list when it has rows; nil
// for none.
func (s *shell) viewFocus(key string) fyne.Focusable {
	switch key {
	case viewArticles:
		if r := s.articles.reader; r.article != nil && len(r.suggested) > 0 {
			return r.panel.list
		}
	case viewClaims:
		if s.claims.total > 0 {
			return s.claims.list
		}
	case viewSearch:
		if len(s.search.hits) > 0 {
			return s.search.list
		}
	}
	return nil
}

// focusNewArticle gives the keyboard to the suggestions of an article just
// shown, whose best suggestion is selected (selectFirst), so that A or Enter
// accepts it as the panel's hint says: after an import or a search hit the
// focus was nowhere and the keys did nothing. Only in the Articles view,
// with no dialog open, and when nothing, a button or the list of views has
// the focus (a click on „Artikel“ leaves it there, and „Datei öffnen…“
// then gave A and ↓ to the views); a text field or another list keeps it
// (the checker types, or walks the articles list, where A accepts the
// suggestion too: articleList) — but not after an import: the checker
// asked for the new article, and the list's marker is still on the one
// clicked before, so ↓ and Enter opened that one.
func (r *readerView) focusNewArticle() {
	imported := r.imported
	r.imported = false
	s := r.u.shell
	if s == nil || s.currentKey() != viewArticles || len(r.suggested) == 0 {
		return
	}
	c := r.u.win.Canvas()
	if c == nil || c.Overlays().Top() != nil {
		return
	}
	o := c.Focused()
	force := imported || o == fyne.Focusable(s.nav)
	switch o.(type) {
	case nil, *widget.Button:
		force = true
	}
	if force {
		c.Focus(r.panel.list)
	}
}
