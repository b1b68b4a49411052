package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// TestScenarioPasteTabOrder: in the German „Text importieren“ the checker
// fills Titel, URL, Herausgeber and Sprache with Tab, then goes on with
// Tab to the text below them and from there to the buttons under it, in
// the order they are read. Tab went from Sprache to the buttons and from
// them up to the text, and from the text up to Titel (desk36's keyboard
// walk): the text came first in the dialog's focus order.
func TestScenarioPasteTabOrder(t *testing.T) {
	f := newScenarioIn(t, "de")
	cv := f.win().Canvas()
	f.do(f.s.articles.onPaste)
	d := f.s.articles.paste
	want := []fyne.Focusable{d.title, d.url, d.publisher, d.language, d.text}
	f.do(func() { cv.Focus(d.title) })
	for i, next := range want[1:] {
		f.do(cv.FocusNext)
		if cv.Focused() != next {
			t.Fatalf("Tab %d from %T: focus on %T, want %T", i+1, want[i], cv.Focused(), next)
		}
	}
	f.do(cv.FocusNext)
	if got := f.focusedLabel(); got != lang.L("Cancel") {
		t.Fatalf("Tab from the text: focus on %T %q, want the button %q", cv.Focused(), got, lang.L("Cancel"))
	}
}
