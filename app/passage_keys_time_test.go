package app

import (
	"testing"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// TestPassageShiftRightTimed selects 20 characters by Shift+→ in the
// passage of an invented article of about 200 KB, in paragraphs and in one
// line, drawing the window after each key as the desktop does, and logs
// the time one key and one drawing take (walk28 found Shift+arrows slow;
// no timing is asserted, the machine's load varies). Each key must add one
// character.
func TestPassageShiftRightTimed(t *testing.T) {
	for _, tc := range []struct {
		name string
		para int
	}{{"paragraphs", 6}, {"one line", 0}} {
		t.Run(tc.name, func(t *testing.T) {
			f := newShellFixture(t)
			f.addOpenArticle("Bericht", longArticle(200<<10, tc.para))
			r := f.s.articles.reader
			c := f.win().Canvas()
			f.do(func() {
				r.tabs.SelectIndex(0)
				r.sentences.list.Select(len(r.units) / 2)
				r.tabs.SelectIndex(1)
				c.Focus(r.passage)
				r.passage.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
			})
			const keys = 20
			var took, drawn time.Duration
			for range keys {
				f.do(func() {
					start := time.Now()
					r.passage.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
					took += time.Since(start)
					s2 := time.Now()
					c.Capture()
					drawn += time.Since(s2)
				})
			}
			if n := utf8.RuneCountInString(r.passage.SelectedText()); n != keys {
				t.Errorf("%d × Shift+→ selected %d characters", keys, n)
			}
			t.Logf("%d KB shown of %d KB: %.1f ms per Shift+→, %.1f ms to draw the window (test driver)",
				len(r.passage.Text)>>10, len(r.article.Body)>>10,
				float64(took.Microseconds())/keys/1000, float64(drawn.Microseconds())/keys/1000)
		})
	}
}
