package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// TestScenarioImportMenuByKeys: in the German window Strg+I opens the
// import menu with its first item marked, so Enter alone opens „Text
// einfügen…“ and ↓ goes on to the next item, as a desktop menu opened by
// keys does. The menu opened with no item marked and Enter did nothing.
// Opened by the button (the mouse) no item is marked.
func TestScenarioImportMenuByKeys(t *testing.T) {
	f := newScenarioIn(t, "de")
	cv := f.win().Canvas()
	ctrlI := &desktop.CustomShortcut{KeyName: fyne.KeyI, Modifier: fyne.KeyModifierShortcutDefault}
	menu := func() *widget.PopUpMenu {
		t.Helper()
		m, ok := cv.Focused().(*widget.PopUpMenu)
		if !ok {
			t.Fatalf("the focus is on %T, not on the import menu", cv.Focused())
		}
		return m
	}

	f.do(func() { cv.(fyne.Shortcutable).TypedShortcut(ctrlI) })
	f.do(func() { menu().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) })
	d := f.s.articles.paste
	if d.dlg == nil || cv.Overlays().Top() == nil || cv.Focused() != d.text {
		t.Fatalf("Strg+I, Enter: the paste dialog is not open with the text field focused (focus on %T)", cv.Focused())
	}
	f.do(func() { d.dlg.Hide() })

	// ↓ goes on from the first item: ↓, ↑, Enter is the first item again.
	f.do(func() { cv.(fyne.Shortcutable).TypedShortcut(ctrlI) })
	f.do(func() { menu().TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown}) })
	f.do(func() { menu().TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp}) })
	f.do(func() { menu().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) })
	if cv.Focused() != d.text {
		t.Fatalf("Strg+I, ↓, ↑, Enter: focus on %T, want the paste dialog's text", cv.Focused())
	}
	f.do(func() { d.dlg.Hide() })

	// Opened by the button, Enter takes nothing: no item is marked.
	f.do(func() { f.s.importBtn.OnTapped() })
	f.do(func() { menu().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) })
	if cv.Focused() == d.text {
		t.Error("the import button's menu opened with an item marked")
	}
}

// TestScenarioPasteDialogEnterImports: in the German paste dialog the
// checker pastes the text, types the title and presses Enter; the article
// is imported, as „Importieren“ (the dialog's default button) does. Enter
// in the title, URL or publisher field did nothing.
func TestScenarioPasteDialogEnterImports(t *testing.T) {
	f := newScenarioIn(t, "de")
	cv := f.win().Canvas()
	d := f.s.articles.paste
	for i, field := range []*keyEntry{d.title, d.url, d.publisher} {
		f.do(func() { f.s.show(viewArticles); f.s.articles.onPaste() })
		f.do(func() {
			d.text.SetText(fmt.Sprintf("Der Kreis zahlte %d Millionen Euro für die Schulen.", 10+i))
			cv.Focus(field)
			field.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		})
		arts, _, err := f.svc.Articles.FindArticles(f.u.ctx(), claims.ArticleFilter{})
		if err != nil || len(arts) != i+1 {
			t.Fatalf("Enter in field %d of the paste dialog: %d articles stored (%v), want %d", i, len(arts), err, i+1)
		}
		if cv.Overlays().Top() != nil {
			t.Fatalf("Enter in field %d: the paste dialog is still open", i)
		}
	}
}

// TestScenarioPasteDialogCtrlEnterImports: in the German paste dialog the
// checker pastes the text and, still in the large text field, presses
// Strg+Enter; the article is imported, as „Importieren“ does. It did
// nothing (walk31). Enter alone there still starts a new line.
func TestScenarioPasteDialogCtrlEnterImports(t *testing.T) {
	f := newScenarioIn(t, "de")
	cv := f.win().Canvas()
	d := f.s.articles.paste
	f.do(func() { f.s.show(viewArticles); f.s.articles.onPaste() })
	f.do(func() {
		d.text.SetText("Der Kreis zahlte 12 Millionen Euro für die Schulen.")
		cv.Focus(d.text)
		d.text.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	})
	if arts, _, _ := f.svc.Articles.FindArticles(f.u.ctx(), claims.ArticleFilter{}); len(arts) != 0 || cv.Overlays().Top() == nil {
		t.Fatalf("Enter alone in the text field: %d articles stored or the dialog closed; want a new line", len(arts))
	}
	f.do(func() {
		d.text.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault})
	})
	arts, _, err := f.svc.Articles.FindArticles(f.u.ctx(), claims.ArticleFilter{})
	if err != nil || len(arts) != 1 {
		t.Fatalf("Strg+Enter in the text field: %d articles stored (%v), want 1", len(arts), err)
	}
	if cv.Overlays().Top() != nil {
		t.Fatal("Strg+Enter: the paste dialog is still open")
	}
}
