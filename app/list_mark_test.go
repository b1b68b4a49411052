package app

import (
	"fmt"
	"image"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// TestListKeyboardMarkVisible: the checker opens a claim, then walks the
// claims list with ↓. The row the keyboard marks must stand out from an
// unmarked row in the dark and the light theme: Fyne drew it in the hover
// colour, 6 % white on the dark background (13 of 255 apart; 15 on the
// light one), and the mark was hardly visible. It now has the focus colour
// in a frame of the primary colour, as a focused field: 49 apart on the
// dark theme, 54 on the light one.
func TestListKeyboardMarkVisible(t *testing.T) {
	for _, variant := range []string{themeDark, themeLight} {
		t.Run(variant, func(t *testing.T) {
			f := newScenario(t)
			a := fyne.CurrentApp()
			applyTheme(a, variant)
			t.Cleanup(func() { applyTheme(a, themeSystem) })
			var texts []string
			for i := range 4 {
				texts = append(texts, fmt.Sprintf("Im Kreis Birkenau arbeiten %d Menschen in der Branche Nummer %d.", 300*(i+1), i+1))
				f.addClaim(texts[i])
			}
			f.do(func() { f.win().Resize(fyne.NewSize(1280, 800)); f.s.show(viewClaims) })
			l := f.s.claims.list
			f.do(func() { l.Select(0) })
			f.do(func() {
				f.win().Canvas().Focus(l)
				l.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
			})
			img := f.win().Canvas().Capture()
			// the list is newest first: row 1 shows the third claim
			marked, plain := rowShade(t, f, img, texts[2]), rowShade(t, f, img, texts[0])
			d := colourDistance(marked, plain)
			t.Logf("marked row %v, unmarked %v: %d of 255 apart", marked, plain, d)
			if d < 32 {
				t.Errorf("the marked row's background %v differs from an unmarked row's %v by %d of 255, want 32 or more", marked, plain, d)
			}

			// the same in the articles list, whose rows are not tapRows
			for _, title := range []string{"Erste Meldung", "Zweite Meldung", "Dritte Meldung"} {
				f.addArticle(title, readerTestText)
			}
			al := f.s.articles.list
			f.do(func() { f.s.show(viewArticles); al.Select(0) })
			f.do(func() {
				f.win().Canvas().Focus(al)
				al.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
			})
			img = f.win().Canvas().Capture()
			plain, marked = labelShade(t, f, img, al, f.s.articles.items[2].Title), labelShade(t, f, img, al, f.s.articles.items[1].Title)
			if d := colourDistance(marked, plain); d < 32 {
				t.Errorf("articles list: the marked row %v and an unmarked one %v are %d of 255 apart, want 32 or more", marked, plain, d)
			}
		})
	}
}

// labelShade samples the background of the row of list whose label says
// text, near the list's right edge, level with the label.
func labelShade(t *testing.T, f *shellFixture, img image.Image, list fyne.CanvasObject, text string) [3]int {
	t.Helper()
	d := fyne.CurrentApp().Driver()
	for _, o := range shownObjects(list, nil) {
		if l, ok := o.(*widget.Label); ok && l.Text == text {
			at, lat := d.AbsolutePositionForObject(list), d.AbsolutePositionForObject(l)
			scale := float32(img.Bounds().Dx()) / f.win().Canvas().Size().Width
			x, y := int((at.X+list.Size().Width-24)*scale), int((lat.Y+l.Size().Height/2)*scale)
			r, g, b, _ := img.At(x, y).RGBA()
			return [3]int{int(r >> 8), int(g >> 8), int(b >> 8)}
		}
	}
	t.Fatalf("no row of the list says %q", text)
	return [3]int{}
}

// rowShade samples the background of the claims list row showing text, at
// its right end beside the verdict chip, score and status.
func rowShade(t *testing.T, f *shellFixture, img image.Image, text string) [3]int {
	t.Helper()
	for _, o := range shownObjects(f.s.claims.list, nil) {
		row, ok := o.(*fyne.Container)
		if !ok || len(row.Objects) != 2 {
			continue
		}
		if l, ok := row.Objects[rowText].(*widget.Label); !ok || l.Text != text {
			continue
		}
		at := fyne.CurrentApp().Driver().AbsolutePositionForObject(row)
		scale := float32(img.Bounds().Dx()) / f.win().Canvas().Size().Width
		x, y := int((at.X+row.Size().Width-8)*scale), int((at.Y+row.Size().Height*3/4)*scale)
		r, g, b, _ := img.At(x, y).RGBA()
		return [3]int{int(r >> 8), int(g >> 8), int(b >> 8)}
	}
	t.Fatalf("no row shows %q", text)
	return [3]int{}
}

// colourDistance is the largest difference of two colours' channels.
func colourDistance(a, b [3]int) int {
	d := 0
	for i := range a {
		d = max(d, a[i]-b[i], b[i]-a[i])
	}
	return d
}

// TestEditorListsKeyboardMarkVisible: in a claim's Evidence and History
// tabs, ↓ marks a row as in the other lists (list_mark.go), not in Fyne's
// faint hover colour: the marked row stands 32 of 255 or more apart from
// an unmarked one, in the dark and the light theme.
func TestEditorListsKeyboardMarkVisible(t *testing.T) {
	for _, variant := range []string{themeDark, themeLight} {
		t.Run(variant, func(t *testing.T) {
			f := newScenario(t)
			a := fyne.CurrentApp()
			applyTheme(a, variant)
			t.Cleanup(func() { applyTheme(a, themeSystem) })
			c := f.addClaim("Im Kreis Birkenau arbeiten 900 Menschen in der Branche.")
			ctx := f.u.ctx()
			var titles []string
			for i := range 3 {
				src := &claims.Source{Title: fmt.Sprintf("Statistik der Branche, Band %d", i+1), Kind: claims.KindOfficial}
				if err := f.svc.Sources.CreateSource(ctx, src); err != nil {
					t.Fatal(err)
				}
				if err := f.svc.Evidence.CreateEvidence(ctx, &claims.Evidence{ClaimID: c.ID, SourceID: src.ID, Stance: claims.StanceSupports}); err != nil {
					t.Fatal(err)
				}
				titles = append(titles, src.Title)
			}
			e := f.s.claims.editor
			f.do(func() { f.win().Resize(fyne.NewSize(1280, 800)); f.s.show(viewClaims); f.u.openClaim(c.ID) })
			for _, tab := range []struct {
				name string
				at   int // the tab's place (claim_editor.go)
				list *widget.List
				text func(i int) string
			}{
				{"Evidence", evidenceTab, e.evidence.list, func(i int) string { return evidenceTitle(e.evidence.items[i].src) }},
				{"History", evidenceTab + 1, e.history.list, func(i int) string { return e.history.describeIn(e.history.event(i), false) }},
			} {
				f.do(func() { e.tabs.SelectIndex(tab.at) })
				if n := tab.list.Length(); n < 3 {
					t.Fatalf("%s: %d rows, want 3 or more", tab.name, n)
				}
				f.do(func() {
					f.win().Canvas().Focus(tab.list)
					tab.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
				})
				img := f.win().Canvas().Capture()
				var markedText, plainText string
				f.do(func() { markedText, plainText = tab.text(1), tab.text(2) })
				marked, plain := labelShade(t, f, img, tab.list, markedText), labelShade(t, f, img, tab.list, plainText)
				if d := colourDistance(marked, plain); d < 32 {
					t.Errorf("%s: the marked row %v and an unmarked one %v are %d of 255 apart, want 32 or more", tab.name, marked, plain, d)
				}
				f.do(func() { f.win().Canvas().Unfocus() })
			}
		})
	}
}
