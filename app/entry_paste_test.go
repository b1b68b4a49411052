package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"claimdesk/claims"
)

// TestPasteLongTextKeptWhole: an article pasted into „Text einfügen…“ as
// one line (copied from a PDF or a web form) went whole into the field,
// which Fyne wraps in a time that grows with the square of the line (1.9 s
// for 10 KB under load; a megabyte froze the window). Such a paste is kept
// whole: the field shows its start, read-only, with no line longer than
// passageLineLimit, a note and a button that empties the field; Import
// stores the whole text exactly. A paste of short paragraphs goes into the
// field as before; the field takes the dialog's height. A paste that makes
// the rationale longer than longClaimText is kept whole too, and saved
// whole. In German and English.
func TestPasteLongTextKeptWhole(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			t.Cleanup(func() { switchLanguage("") })
			f := newShellFixture(t)
			f.do(func() { f.u.setLanguage(language) })
			f.s = f.u.shell // the language rebuilds the window
			v := f.s.articles
			clip := fyne.CurrentApp().Clipboard()
			long := longArticle(40000, 0)

			f.do(func() { f.s.show(viewArticles); v.onPaste() })
			d := v.paste
			if h, m := d.text.Size().Height, d.text.MinSize().Height; h < m+50 {
				t.Errorf("the text field is %v high, its least height %v: it does not take the dialog's height", h, m)
			}
			test.Type(d.text, "Vorspann ")
			clip.SetContent(long)
			f.do(func() { d.text.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip}) })
			if !d.text.Disabled() || longestLine(d.text.Text) > passageLineLimit || d.text.value() != "Vorspann "+long {
				t.Fatalf("after the paste the field holds %d bytes (longest line %d), read-only %v; kept %d bytes of %d",
					len(d.text.Text), longestLine(d.text.Text), d.text.Disabled(), len(d.text.value()), len(long)+9)
			}
			if top := f.topText(); !strings.Contains(top, lang.L("Text too long to edit here ({{.Count}} characters): its start is shown, it is kept whole",
				map[string]any{"Count": formatCount(len([]rune("Vorspann " + long)))})) {
				t.Errorf("no note under the field: %q", top)
			}
			f.do(func() { test.Tap(f.topDialogButton(lang.L("Empty the field"))) })
			if d.text.Disabled() || d.text.value() != "" {
				t.Fatalf("the field is not empty and editable: %d bytes, read-only %v", len(d.text.value()), d.text.Disabled())
			}
			f.do(func() { d.text.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip}) })
			f.do(func() { test.Tap(f.topDialogButton(lang.L("Import"))) })
			arts, _, err := f.svc.Articles.FindArticles(context.Background(), claims.ArticleFilter{})
			if err != nil || len(arts) != 1 || arts[0].Body != long {
				t.Fatalf("imported: %d articles, %v", len(arts), err)
			}
			if d.text.Disabled() || d.text.value() != "" {
				t.Errorf("the field is not emptied after the import")
			}

			// short paragraphs go into the field for editing
			short := longArticle(5000, 4)
			clip.SetContent(short)
			f.do(func() { v.onPaste(); d.text.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip}) })
			if d.text.Disabled() || d.text.Text != short {
				t.Errorf("a paste of short paragraphs: %d bytes in the field of %d, read-only %v", len(d.text.Text), len(short), d.text.Disabled())
			}
			f.do(func() { test.Tap(f.topDialogButton(lang.L("Cancel"))) })

			// the rationale: a paste above longClaimText is kept whole
			c := f.addClaim("Die Mieten stiegen 2024 um 7 Prozent.")
			f.do(func() { f.u.openClaim(c.ID) })
			e := f.s.claims.editor
			rationale := longArticle(longClaimText+3000, 0)
			clip.SetContent(rationale)
			f.do(func() {
				f.win().Canvas().Focus(e.rationale)
				e.rationale.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
			})
			if !e.rationale.Disabled() || e.rationale.value() != rationale ||
				!strings.Contains(e.meta.Text, lang.L("Rationale too long to edit here ({{.Count}} characters): its start is shown, it is kept whole",
					map[string]any{"Count": formatCount(len([]rune(rationale)))})) {
				t.Fatalf("rationale after the paste: %d bytes shown, read-only %v; meta %q", len(e.rationale.Text), e.rationale.Disabled(), e.meta.Text)
			}
			f.do(func() { test.Tap(e.save) })
			if got, _ := f.svc.Claims.FindClaimByID(context.Background(), c.ID); got.Rationale != rationale {
				t.Errorf("stored rationale of %d bytes, want %d", len(got.Rationale), len(rationale))
			}
		})
	}
}
