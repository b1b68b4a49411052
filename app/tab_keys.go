package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// switchTab shows the next (step 1) or the previous (step -1) tab of the
// shown view's tabs, round, as Ctrl+Page Down and Ctrl+Page Up do in a
// desktop tool: the claim editor's (Details, Evidence, History, Seen
// before) in the Claims view, the reader's (Sentences, Select passage) in
// the Articles view. Fyne's tabs take no keys, so without it the Evidence
// tab, and adding evidence, could not be reached by keyboard. The focus
// goes to the field the tab is for (tabField), else to its first field or
// button.
func (s *shell) switchTab(step int) {
	tabs := s.viewTabs()
	if tabs == nil || len(tabs.Items) == 0 {
		return
	}
	n := len(tabs.Items)
	tabs.SelectIndex((tabs.SelectedIndex() + step + n) % n)
	c := s.u.win.Canvas()
	content := tabs.Selected().Content
	if f := s.tabField(tabs); f != nil {
		c.Focus(f)
	} else if f := firstFocusable(content, true); f != nil { // "Link a source…" before the list under it, the passage's text before its button
		c.Focus(f)
	} else if f := firstFocusable(content, false); f != nil {
		c.Focus(f)
	} else {
		c.Unfocus()
	}
}

// tabField returns the text field a tab is for when buttons stand above
// it: the passage's text in the reader's Select passage tab (select, then
// Ctrl+K); nil for the other tabs.
func (s *shell) tabField(tabs *container.AppTabs) fyne.Focusable {
	if r := s.articles.reader; r != nil && tabs == r.tabs && r.passage != nil && tabs.Selected().Content == r.passageTab {
		return r.passage
	}
	return nil
}

// viewTabs returns the tabs switchTab switches in the shown view, nil
// when there are none (no claim or article open).
func (s *shell) viewTabs() *container.AppTabs {
	switch s.currentKey() {
	case viewClaims:
		if e := s.claims.editor; e.body.Visible() {
			return e.tabs
		}
	case viewArticles:
		if r := s.articles.reader; r.body.Visible() {
			return r.tabs
		}
	}
	return nil
}

// firstFocusable returns the first visible, enabled object inside o that
// takes the focus (not a list when noLists is true), looking into
// containers, scrolls and forms; nil if none.
func firstFocusable(o fyne.CanvasObject, noLists bool) fyne.Focusable {
	if o == nil || !o.Visible() {
		return nil
	}
	if d, ok := o.(fyne.Disableable); ok && d.Disabled() {
		return nil
	}
	if f, ok := o.(fyne.Focusable); ok {
		if _, isList := o.(*widget.List); isList && noLists {
			return nil
		}
		return f
	}
	switch c := o.(type) {
	case *fyne.Container:
		for _, k := range c.Objects {
			if f := firstFocusable(k, noLists); f != nil {
				return f
			}
		}
	case *container.Scroll:
		return firstFocusable(c.Content, noLists)
	case *widget.Form:
		for _, it := range c.Items {
			if f := firstFocusable(it.Widget, noLists); f != nil {
				return f
			}
		}
	}
	return nil
}
