package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"claimdesk/claims"
)

// TestScenarioUndoStrayAccept: the checker, in the reader's suggestions,
// hits A by mistake and a claim is made. Undo in the status line takes it
// back: the claim is gone from the store (its history keeps both steps),
// the sentence is a suggestion again, and Undo is gone. A claim changed
// since it was made — here a colleague gave it a verdict — is not taken
// back; the status line says why. German and English.
func TestScenarioUndoStrayAccept(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f, r, unit := readerOnFirstSuggestion(t, language)
			f.do(func() { r.panel.list.TypedRune('a') })
			id := r.marks[unit].claimID
			if id == "" || !r.undoBtn.Visible() {
				t.Fatalf("A made no claim (%q) or no Undo (shown %v)", id, r.undoBtn.Visible())
			}
			f.do(func() { test.Tap(r.undoBtn) })
			if _, err := f.svc.Claims.FindClaimByID(f.u.ctx(), id); claims.ErrorCode(err) != claims.ENOTFOUND {
				t.Fatalf("after Undo the claim is still stored (%v)", err)
			}
			if r.marks[unit].claimID != "" || r.undoBtn.Visible() {
				t.Errorf("after Undo: sentence's claim %q, Undo shown %v", r.marks[unit].claimID, r.undoBtn.Visible())
			}
			taken := strings.Split(lang.L("Claim taken back: {{.Text}}", map[string]any{"Text": ""}), ":")[0]
			if !strings.HasPrefix(r.status.Text, taken) {
				t.Errorf("status %q, want it to start with %q", r.status.Text, taken)
			}
			if h, _ := f.svc.History.ClaimHistory(f.u.ctx(), id); len(h) < 2 || h[len(h)-1].Field != claims.FieldDeleted {
				t.Errorf("the history does not end with the deletion: %d events", len(h))
			}

			f.do(func() { r.onAccept(unit) })
			id = r.marks[unit].claimID
			verdict := "false"
			if _, err := f.svc.Claims.UpdateClaim(claims.WithActor(f.u.ctx(), "ben"), id, claims.ClaimUpdate{Conclusion: &verdict}); err != nil {
				t.Fatal(err)
			}
			f.do(func() { test.Tap(r.undoBtn) })
			if _, err := f.svc.Claims.FindClaimByID(f.u.ctx(), id); err != nil {
				t.Fatalf("Undo deleted a claim changed since it was made: %v", err)
			}
			if want := lang.L("The claim was changed since it was made, so it stays; delete it in the editor if it is not wanted."); r.status.Text != want {
				t.Errorf("status %q, want %q", r.status.Text, want)
			}
		})
	}
}

// TestScenarioUndoStrayAcceptCtrlZ: the same by keyboard — A in the
// suggestions, then Ctrl+Z, with the focus still on the list.
func TestScenarioUndoStrayAcceptCtrlZ(t *testing.T) {
	f, r, unit := readerOnFirstSuggestion(t, "de")
	cv := f.win().Canvas()
	f.do(func() { cv.Focus(r.panel.list); r.panel.list.TypedRune('a') })
	id := r.marks[unit].claimID
	if id == "" {
		t.Fatal("A made no claim")
	}
	f.do(func() { cv.(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutUndo{}) })
	if _, err := f.svc.Claims.FindClaimByID(f.u.ctx(), id); claims.ErrorCode(err) != claims.ENOTFOUND {
		t.Fatalf("after Ctrl+Z the claim is still stored (%v)", err)
	}
	f.do(func() { cv.(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutUndo{}) }) // nothing left to take back
	if n := len(r.claims); n != 0 {
		t.Errorf("%d claims after a second Ctrl+Z, want 0", n)
	}
}

// TestScenarioUndoAfterEditor: the checker opens the claim just made in
// the editor. With edits not yet saved there, Undo in the reader leaves
// the claim (the edits are a change; nothing typed is lost); with none,
// Undo takes it back and the editor no longer shows a claim that is gone.
func TestScenarioUndoAfterEditor(t *testing.T) {
	f, r, unit := readerOnFirstSuggestion(t, "de")
	e := f.s.claims.editor
	f.do(func() { r.onAccept(unit) })
	id := r.marks[unit].claimID
	f.do(func() { test.Tap(r.openBtn) })
	if e.claimID() != id {
		t.Fatalf("the editor shows %q, want the claim just made", e.claimID())
	}
	f.do(func() { e.text.SetText(e.text.Text + " (geprüft)") })
	f.do(func() { f.s.show(viewArticles); test.Tap(r.undoBtn) })
	if _, err := f.svc.Claims.FindClaimByID(f.u.ctx(), id); err != nil {
		t.Fatalf("Undo deleted a claim with unsaved edits in the editor: %v", err)
	}
	if !e.dirty || !strings.Contains(e.text.Text, "(geprüft)") {
		t.Errorf("the edits are gone: dirty %v, text %q", e.dirty, e.text.Text)
	}

	f.do(func() { e.onRevert() })
	f.do(func() { r.onAccept(r.suggested[1]) })
	id = r.undoClaim
	f.do(func() { test.Tap(r.openBtn); f.s.show(viewArticles) })
	f.do(func() { test.Tap(r.undoBtn) })
	if _, err := f.svc.Claims.FindClaimByID(f.u.ctx(), id); claims.ErrorCode(err) != claims.ENOTFOUND {
		t.Fatalf("Undo left the claim (%v)", err)
	}
	if e.claimID() == id {
		t.Errorf("the editor still shows the claim taken back: %q (taken back %q)", e.claimID(), id)
	}
}

// readerOnFirstSuggestion opens the test article in the reader of a new
// window in language and selects its best suggestion, sentence unit.
func readerOnFirstSuggestion(t *testing.T, language string) (f *shellFixture, r *readerView, unit int) {
	f = newScenarioIn(t, language)
	f.addOpenArticle("Fernwärme wird teurer", readerTestText)
	r = f.s.articles.reader
	f.do(func() { r.panel.tapRow(0) })
	return f, r, r.sentences.selected
}
