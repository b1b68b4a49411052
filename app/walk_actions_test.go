package app

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"claimdesk/claims"
)

// walkAction is one thing a checker does in the window.
type walkAction struct {
	name string
	run  func(w *walker)
}

// walkActions lists the walk's actions; some appear twice to be chosen
// more often.
func walkActions() []walkAction {
	return []walkAction{
		{"import a long article", func(w *walker) { w.importArticle(20 + w.pick(60)) }},
		{"import a short article", func(w *walker) { w.importArticle(0) }},
		{"import a very long article", func(w *walker) { w.importArticle(300 + w.pick(200)) }}, // shown in parts (passageLimit)
		{"open an article", (*walker).openArticle},
		{"open an article", (*walker).openArticle},
		{"accept a suggestion", (*walker).acceptSuggestion},
		{"accept a suggestion", (*walker).acceptSuggestion},
		{"select a sentence", (*walker).selectSentence},
		{"make a passage a claim", (*walker).passageClaim},
		{"move the threshold", (*walker).moveThreshold},
		{"open in editor", (*walker).openInEditor},
		{"undo the claim just made", (*walker).undoClaim},
		{"new claim", (*walker).newClaim},
		{"click a claim", (*walker).clickClaim},
		{"click a claim", (*walker).clickClaim},
		{"edit the claim", (*walker).editClaim},
		{"edit the claim", (*walker).editClaim},
		{"save", (*walker).save},
		{"save", (*walker).save},
		{"a colleague saves the claim", (*walker).colleagueSaves},
		{"revert", (*walker).revert},
		{"filter by status", (*walker).filterStatus},
		{"sort", (*walker).sortClaims},
		{"filter by words", (*walker).filterWords},
		{"delete the claim", (*walker).deleteClaim},
		{"switch view", (*walker).switchView},
		{"switch view", (*walker).switchView},
		{"click a source", (*walker).clickSource},
		{"link a source elsewhere", (*walker).linkSource},
		{"switch language", (*walker).switchLanguage},
		{"switch the rating scale", (*walker).switchScale},
		{"change a scale's levels", (*walker).changeScaleLevels},
	}
}

// walkWords are the words the walk types: invented, with umlauts.
var walkWords = strings.Fields("Die Brücke kostete 12 Millionen Euro und wurde 1998 eröffnet laut Bauamt " +
	"the council said prices rose by 4 percent in March Größe Übersicht")

// words returns n random words joined by spaces.
func (w *walker) words(n int) string {
	out := make([]string, n)
	for i := range out {
		out[i] = walkWords[w.pick(len(walkWords))]
	}
	return strings.Join(out, " ")
}

// importArticle imports a generated article of n sentences (0: the short
// test text) through the paste dialog.
func (w *walker) importArticle(n int) {
	body := readerTestText
	if n > 0 {
		body = longTestText(n)
	}
	s := w.shell()
	w.do(func() {
		s.show(viewArticles)
		s.articles.onPaste()
		d := s.articles.paste
		d.title.SetText(fmt.Sprintf("Artikel %d", w.step))
		d.text.SetText(body)
	})
	w.note("  imported %d sentences", n)
	w.closeDialogs() // Import or Cancel
}

// articleIDs returns the stored articles' IDs.
func (w *walker) articleIDs() []string {
	arts, _, err := w.f.svc.Articles.FindArticles(context.Background(), claims.ArticleFilter{})
	if err != nil {
		w.fail("list articles: %v", err)
	}
	ids := make([]string, len(arts))
	for i, a := range arts {
		ids[i] = a.ID
	}
	return ids
}

// openArticle shows a random article, from the list or by "Open article".
func (w *walker) openArticle() {
	s := w.shell()
	if ids := w.articleIDs(); len(ids) > 0 {
		id := ids[w.pick(len(ids))]
		if w.pick(2) == 0 {
			w.do(func() { s.openArticle(id) })
			return
		}
		w.do(func() {
			s.show(viewArticles)
			for i, it := range s.articles.items {
				if it.ID == id {
					s.articles.list.Select(i)
				}
			}
		})
	}
}

// reader returns the reader when it shows an article with sentences.
func (w *walker) reader() *readerView {
	r := w.shell().articles.reader
	if r.article == nil || len(r.units) == 0 {
		return nil
	}
	return r
}

// acceptSuggestion accepts a random suggestion by its button, A or Enter.
func (w *walker) acceptSuggestion() {
	r := w.reader()
	if r == nil || len(r.suggested) == 0 {
		return
	}
	i := w.pick(len(r.suggested))
	w.do(func() {
		w.shell().show(viewArticles)
		r.panel.list.Select(i)
		switch w.pick(3) {
		case 0:
			if !r.panel.dAccept.Hidden && !r.panel.dAccept.Disabled() {
				test.Tap(r.panel.dAccept)
			}
		case 1:
			test.Type(r.panel.list, "a")
		default:
			r.panel.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		}
	})
}

// selectSentence chooses a random sentence in the Sentences tab.
func (w *walker) selectSentence() {
	if r := w.reader(); r != nil {
		i := w.pick(len(r.units))
		w.do(func() {
			r.tabs.SelectIndex(0)
			r.sentences.list.Select(i)
		})
	}
}

// passageClaim selects a random passage of up to 40 characters from the
// start of a random row of the Select passage tab, with Shift+Right, and
// makes it a claim with Ctrl+K.
func (w *walker) passageClaim() {
	r := w.reader()
	if r == nil {
		return
	}
	w.do(func() { r.tabs.SelectIndex(1) })
	e := r.passage
	if len(e.body) < 10 {
		return
	}
	row, length := w.pick(40), 1+w.pick(40)
	w.do(func() {
		w.f.u.win.Canvas().Focus(e)
		for row > 0 && !e.rowExists(row) {
			row--
		}
		e.CursorRow, e.CursorColumn = row, 0
		e.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
		typeKeys(e, fyne.KeyRight, length)
		e.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
		e.TypedShortcut(makeClaimShortcut)
	})
}

// moveThreshold sets the suggestion threshold to a random step.
func (w *walker) moveThreshold() {
	if r := w.reader(); r != nil {
		v := 0.1 + 0.05*float64(w.pick(18))
		w.do(func() { r.slider.SetValue(v) })
	}
}

// openInEditor opens the claim made last from the reader's status line.
func (w *walker) openInEditor() {
	r := w.shell().articles.reader
	if r.lastClaim != "" && r.openBtn.Visible() {
		w.do(func() { test.Tap(r.openBtn) })
	}
}

// newClaim opens a new claim (Ctrl+N); it must start empty.
func (w *walker) newClaim() {
	s := w.shell()
	w.do(s.onNewClaim)
	w.closeDialogs() // unsaved edits: Cancel, Discard or Save
	if e := s.claims.editor; e.isNew && !e.dirty {
		if msg := editorNotEmpty(e); msg != "" {
			w.fail("a new claim does not start empty: %s", msg)
		}
	}
}

// clickClaim clicks a random row of the claims list.
func (w *walker) clickClaim() {
	s := w.shell()
	w.do(func() { s.show(viewClaims) })
	if v := s.claims; v.total > 0 {
		row := w.pick(min(v.total, claimPageSize))
		w.do(func() { v.list.Select(row) })
	}
}

// editClaim types into a random field of the editor or picks a status or
// verdict; what it types must arrive whole.
func (w *walker) editClaim() {
	s := w.shell()
	e := s.claims.editor
	if e.claim == nil && !e.isNew {
		return
	}
	w.do(func() { s.show(viewClaims) })
	switch w.pick(5) {
	case 0, 1:
		entry := e.text
		if w.pick(2) == 0 {
			entry = e.rationale
		}
		add := " " + w.words(3+w.pick(12))
		want := entry.Text + add
		w.do(func() {
			w.f.u.win.Canvas().Focus(entry)
			entry.setCursorOffset(len([]rune(entry.Text)))
			test.Type(entry, add)
		})
		if entry.Text != want {
			w.fail("typed %q, the field holds %q", want, entry.Text)
		}
	case 2:
		w.do(func() { e.status.SetSelectedIndex(w.pick(len(e.status.Options))) })
	case 3:
		w.do(func() { e.verdict.SetSelectedIndex(w.pick(len(e.verdict.Options))) })
		w.noteVerdictChosen()
	default:
		w.do(func() { e.claimant.SetText(w.words(2)) })
	}
}

// save saves the editor (Ctrl+S).
func (w *walker) save() {
	s := w.shell()
	w.do(s.onSave)
}

// revert reverts the editor's edits.
func (w *walker) revert() {
	e := w.shell().claims.editor
	if e.revert != nil && !e.revert.Disabled() && e.body.Visible() {
		w.do(func() { test.Tap(e.revert) })
	}
}

// filterStatus picks a random status filter.
func (w *walker) filterStatus() {
	v := w.shell().claims
	w.do(func() { v.status.SetSelectedIndex(w.pick(len(v.status.Options))) })
}

// sortClaims picks a random order.
func (w *walker) sortClaims() {
	v := w.shell().claims
	w.do(func() { v.sort.SetSelectedIndex(w.pick(len(v.sort.Options))) })
}

// filterWords types a word (or nothing) into the search box of the claims
// view.
func (w *walker) filterWords() {
	s := w.shell()
	q := ""
	if w.pick(3) > 0 {
		q = walkWords[w.pick(len(walkWords))]
	}
	w.do(func() {
		s.show(viewClaims)
		s.query.SetText(q)
		s.runQuery()
	})
}

// deleteClaim deletes the claim in the editor (the dialog is answered at
// random).
func (w *walker) deleteClaim() {
	e := w.shell().claims.editor
	if e.claim != nil {
		w.do(e.onDelete)
	}
}

// switchView shows a random view.
func (w *walker) switchView() {
	s := w.shell()
	keys := []string{viewArticles, viewClaims, viewSources, viewSearch}
	k := keys[w.pick(len(keys))]
	w.do(func() { s.show(k) })
}

// clickSource clicks a random source in the Sources view.
func (w *walker) clickSource() {
	s := w.shell()
	w.do(func() { s.show(viewSources) })
	if n := len(s.sources.items); n > 0 {
		i := w.pick(n)
		w.do(func() { s.sources.list.Select(i) })
	}
}

// linkSource stores a source with evidence for the open claim, as another
// window or claimctl would, and tells the window that records changed.
func (w *walker) linkSource() {
	e := w.shell().claims.editor
	if e.claim == nil {
		return
	}
	ctx := w.f.u.ctx()
	src := &claims.Source{Title: "Quelle " + w.words(2), URL: fmt.Sprintf("https://example.org/q/%d", w.step)}
	if err := w.f.svc.Sources.CreateSource(ctx, src); err != nil {
		w.fail("create source: %v", err)
	}
	ev := &claims.Evidence{ClaimID: e.claim.ID, SourceID: src.ID, Stance: claims.Stances[w.pick(len(claims.Stances))]}
	if err := w.f.svc.Evidence.CreateEvidence(ctx, ev); err != nil {
		w.fail("create evidence: %v", err)
	}
	if w.pick(2) == 0 {
		if _, err := w.f.svc.Sources.AttachSnapshot(ctx, src.ID, "seite.html", strings.NewReader("<p>"+w.words(5)+"</p>")); err != nil {
			w.fail("attach snapshot: %v", err)
		}
	}
	w.do(func() { w.f.u.changed() })
}

// switchLanguage switches the interface between English and German.
func (w *walker) switchLanguage() {
	code := "de"
	if uiLang() == "de" {
		code = "en"
	}
	w.do(func() { w.f.u.setLanguage(code) })
}
