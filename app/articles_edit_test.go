package app

import (
	"fmt"
	"strings"
	"sync/atomic"
	"testing"

	"fyne.io/fyne/v2/test"

	"claimdesk/claims"
)

// addOpenArticle stores an article through the service and opens it.
func (f *shellFixture) addOpenArticle(title, body string) *claims.Article {
	f.t.Helper()
	a := &claims.Article{Title: title, Body: body, Language: "de"}
	if err := f.svc.Articles.CreateArticle(f.u.ctx(), a); err != nil {
		f.t.Fatalf("create article: %v", err)
	}
	f.do(func() { f.u.openArticle(a.ID) })
	return a
}

func TestEditArticleDetails(t *testing.T) {
	f := newShellFixture(t)
	ctx := f.u.ctx()
	a := f.addOpenArticle("scan-0042", "Der Landtag hat am Mittwoch über die Windkraft gestritten.")
	v := f.s.articles

	f.do(v.onEditArticle)
	e := v.editor
	f.do(func() {
		e.title.SetText("Streit über Windkraft")
		test.Type(e.outlet, "Tagesblatt")
		e.url.SetText("https://example.org/wind")
		e.published.SetText("2026-03-14")
		e.language.SetSelected("English")
	})
	if !e.dirty {
		t.Fatal("editor not marked as changed")
	}
	f.do(func() { test.Tap(f.topDialogButton("Save")) })
	got, err := f.svc.Articles.FindArticleByID(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "Streit über Windkraft" || got.Publisher != "Tagesblatt" || got.URL != "https://example.org/wind" ||
		formatDate(got.PublishedAt) != "2026-03-14" || got.Language != "en" || got.Body != a.Body {
		t.Fatalf("stored article = %+v", got)
	}
	if len(v.reader.units) == 0 || v.reader.units[0].Lang != "en" {
		t.Fatalf("the reader did not extract again in the new language: %+v", v.reader.units)
	}
	if v.items[0].Title != "Streit über Windkraft" || v.reader.title.Text != "Streit über Windkraft" {
		t.Fatalf("list shows %q, reader %q", v.items[0].Title, v.reader.title.Text)
	}
	if f.win().Canvas().Overlays().Top() != nil {
		t.Fatal("a dialog is still open after saving")
	}

	// an empty title and a wrong date are refused under their fields; the
	// dialog stays as typed, no message box
	f.do(v.onEditArticle)
	e = v.editor
	f.do(func() {
		e.title.SetText(" ")
		e.outlet.SetText("Abendpost")
		test.Tap(f.topDialogButton("Save"))
	})
	if !strings.Contains(e.notes.text("title"), "An article needs a title") {
		t.Fatalf("title note %q", e.notes.text("title"))
	}
	top := f.win().Canvas().Overlays().Top()
	if e.outlet.Text != "Abendpost" || findButtonIn(top, "Save") == nil || findButtonIn(top, "OK") != nil {
		t.Fatal("the editor did not stay with what was typed")
	}
	f.do(func() {
		e.title.SetText("Streit über Windkraft")
		e.published.SetText("14.13.2026")
		test.Tap(f.topDialogButton("Save"))
	})
	if e.notes.text("title") != "" || e.notes.text("published") != "There is no such date: 14.13.2026." {
		t.Fatalf("notes: title %q, published %q", e.notes.text("title"), e.notes.text("published"))
	}
	f.do(func() { e.published.SetText("2026-03-14") })

	// Cancel with changes asks; Keep editing keeps them, Discard drops them
	f.do(func() { test.Tap(f.topDialogButton("Cancel")) })
	if !strings.Contains(f.topText(), "not saved yet") {
		t.Fatalf("Cancel did not ask about the changes: %q", f.topText())
	}
	f.do(func() { test.Tap(f.topDialogButton("Keep editing")) })
	if e.outlet.Text != "Abendpost" || findButtonIn(f.win().Canvas().Overlays().Top(), "Save") == nil {
		t.Fatal("Keep editing did not return to the edits")
	}
	// closing the window (the shell's guard) asks too
	ran := false
	f.do(func() { f.s.guard(func() { ran = true }) })
	if ran || !strings.Contains(f.topText(), "not saved yet") {
		t.Fatal("the shell's guard did not ask about the unsaved article details")
	}
	f.do(func() { test.Tap(f.topDialogButton("Discard")) })
	if !ran || e.open {
		t.Fatal("Discard did not go on")
	}
	if got, _ := f.svc.Articles.FindArticleByID(ctx, a.ID); got.Publisher != "Tagesblatt" {
		t.Fatalf("discarded edits were stored: %q", got.Publisher)
	}
	if f.win().Canvas().Overlays().Top() != nil {
		t.Fatal("a dialog is still open after discarding")
	}
}

func TestDeleteArticle(t *testing.T) {
	f := newShellFixture(t)
	ctx := f.u.ctx()
	keep := f.addOpenArticle("Bleibt", "Die Stadt baut 40 Kilometer Radwege.")
	a := f.addOpenArticle("Wird gelöscht", "Der Landtag hat am Mittwoch über die Windkraft gestritten. Es gab 412 neue Windräder.")
	c := &claims.Claim{Text: "Es gab 412 neue Windräder.", ArticleID: a.ID}
	if err := f.svc.Claims.CreateClaim(ctx, c); err != nil {
		t.Fatal(err)
	}
	v := f.s.articles

	// the confirmation names the claims that stay; Cancel keeps everything
	f.do(v.onDeleteArticle)
	if txt := f.topText(); !strings.Contains(txt, "1 claim made from it stays, without article.") || !strings.Contains(txt, "Wird gelöscht") {
		t.Fatalf("confirmation = %q", txt)
	}
	f.do(func() { test.Tap(f.topDialogButton("Cancel")) })
	if _, err := f.svc.Articles.FindArticleByID(ctx, a.ID); err != nil {
		t.Fatalf("cancelled, but the article is gone: %v", err)
	}

	f.do(v.onDeleteArticle)
	f.do(func() { test.Tap(f.topDialogButton("Delete")) })
	if _, err := f.svc.Articles.FindArticleByID(ctx, a.ID); claims.ErrorCode(err) != claims.ENOTFOUND {
		t.Fatalf("deleted article still found: %v", err)
	}
	got, err := f.svc.Claims.FindClaimByID(ctx, c.ID)
	if err != nil || got.ArticleID != "" || got.Text != c.Text {
		t.Fatalf("claim after delete = %+v, %v; want it kept without article", got, err)
	}
	if len(v.items) != 1 || v.items[0].ID != keep.ID {
		t.Fatalf("list after delete = %+v", v.items)
	}
	if v.reader.article != nil && v.reader.article.ID == a.ID {
		t.Fatal("the reader still shows the deleted article")
	}
}

func TestArticleListPages(t *testing.T) {
	f := newShellFixture(t)
	ctx := f.u.ctx()
	n := articlePageSize*2 + 17
	var ids []string
	for i := range n {
		a := &claims.Article{Title: fmt.Sprintf("Artikel %03d", i), Body: "Die Stadt baut 40 Kilometer Radwege."}
		if err := f.svc.Articles.CreateArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, a.ID)
	}
	last := ids[0] // the oldest import is the last row
	for range 3 {
		if err := f.svc.Claims.CreateClaim(ctx, &claims.Claim{Text: "40 Kilometer Radwege.", ArticleID: last}); err != nil {
			t.Fatal(err)
		}
	}
	v := f.s.articles
	var calls atomic.Int64
	f.u.svc.Articles = countingArticles{f.u.svc.Articles, &calls}
	f.do(v.reload) // opens the newest article in the reader
	calls.Store(0)
	f.do(v.reload)
	if len(v.items) != n || calls.Load() != 1 {
		t.Fatalf("reload: %d rows in %d queries, want %d rows in 1", len(v.items), calls.Load(), n)
	}
	if v.items[0].ID != ids[n-1] || v.items[n-1].ID != "" {
		t.Fatalf("first row %q, last row %q; want the newest import first and the last page not loaded yet", v.items[0].Title, v.items[n-1].ID)
	}
	// showing a row of the last page loads that page, once
	row := v.createRow()
	f.do(func() { v.updateRow(n-1, row); v.updateRow(n-2, row) })
	f.do(func() { v.updateRow(n-1, row) })
	if got := v.items[n-1]; got.ID != last || got.Claims != 3 || got.Title != "Artikel 000" {
		t.Fatalf("last row = %+v, want Artikel 000 with 3 claims", got)
	}
	if calls.Load() != 2 {
		t.Fatalf("%d queries, want 2 (first and last page)", calls.Load())
	}
	if v.items[articlePageSize].ID != "" {
		t.Fatal("a page that was never shown was loaded")
	}
}
